package material

import "strings"

// A sentence that said something of all of a kind, made a relative clause
// of one thing when it was joined to another: "Visit our GDPR Rights Page
// to submit a data request, or contact us at … We respond to all requests
// within 30 days." → "… to submit a data request, to which we respond
// within 30 days, or contact us at …" (b361-27). The promise held for every
// request; now it is said of the requests made through the page. The words
// are nearly the same, so the sentence read as reworded; what changed is
// what "all" was said of.

// universalMerged returns the universal quantifier and the words after it
// ("all requests") that old says and new does not, where new puts in a
// relative pronoun ("which", "whom") and has fewer sentences: "" where the
// change is no such merge.
func universalMerged(old, new string, fOld, fNew []string) string {
	if len(sentences(new)) >= len(sentences(old)) {
		return ""
	}
	count := func(ws []string, set map[string]bool) int {
		n := 0
		for _, w := range ws {
			if set[w] {
				n++
			}
		}
		return n
	}
	universal := map[string]bool{"all": true, "every": true, "each": true, "any": true}
	relative := map[string]bool{"which": true, "whom": true}
	if count(fOld, universal) <= count(fNew, universal) || count(fNew, relative) <= count(fOld, relative) {
		return ""
	}
	for i, w := range fOld {
		if universal[w] && i+1 < len(fOld) && !strings.Contains(" "+strings.Join(fNew, " ")+" ", " "+w+" "+fOld[i+1]+" ") {
			return w + " " + fOld[i+1]
		}
	}
	return ""
}
