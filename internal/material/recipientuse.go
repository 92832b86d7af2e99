package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What a recipient may do with the data it gets is a commitment about that
// recipient: "These companies may use aggregated information about your
// visits" losing "aggregated" (b29-19), "Playwire LLC may collect and use
// certain aggregated and anonymized data" → "aggregated or anonymized"
// (b35-19), "These providers are obligated to … use it only for the
// purposes we specify" → "we or they specify" (b29-35) say what the
// parties the data goes to may do with it (recipients and sharing), not
// what the author uses it for.
//
// recipientUse returns "recipients" for a material verdict of purposes
// whose change, of a few words, follows a verb of use within useReach
// words, in a sentence whose words before that verb name a recipient (a
// word of recipients, "these companies", "they", a company's legal form)
// and no first or second person: the user is the recipient. "" keeps the
// verdict's category: "We may use aggregated information" is the author's
// purpose, and so is how far a recipient's use is held to the purposes
// ("use it only for the purposes we specify" → "primarily for", b15-14).
func (c *classifier) recipientUse(v Verdict, ch redline.Change) string {
	if v.Category != "purposes" || ch.Kind != redline.Replace || strings.HasSuffix(v.Rule, ".entity") {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: a verb of use in both changed sentences.
	if !strings.Contains(so, "use") || !strings.Contains(sn, "use") {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > useSpan || ns-p > useSpan || os == p && ns == p {
		return ""
	}
	if slices.ContainsFunc(append(slices.Clone(ow[p:os]), nw[p:ns]...), func(w string) bool { return purposeLimits[w] }) {
		return "" // how far the use is held to its purposes: "use it only for" → "primarily for"
	}
	rec := c.rb.categoryIndex("recipients")
	for _, ws := range [][]string{ow, nw} {
		u := -1
		for i := p - 1; i >= max(p-useReach, 0); i-- {
			if ws[i] == "use" || ws[i] == "uses" {
				u = i
				break
			}
		}
		if u < 1 {
			return ""
		}
		before := ws[:u]
		if slices.ContainsFunc(before, func(w string) bool { return personWords[w] }) {
			return "" // the author or the reader uses it
		}
		named := slices.ContainsFunc(before, func(w string) bool { return recipientPointer[w] }) ||
			slices.ContainsFunc(c.ix.strongHits(c.ix.fold(strings.Join(before, " "))), func(h termHit) bool { return int(h.k) == rec })
		if !named {
			return ""
		}
	}
	return "recipients"
}

// useSpan is the most words a side of the change may have.
const useSpan = 6

// useReach is how many words after a verb of use a change may stand to
// say what the user may do.
const useReach = 7

// personWords are the author and the reader as a sentence's actors
// (not "our", which may be of the recipient: "our advertising partners").
var personWords = map[string]bool{"we": true, "us": true, "i": true, "me": true, "you": true}

// recipientPointer are words that point to parties or name a company's
// form: "these companies", "they", "Playwire LLC".
var recipientPointer = map[string]bool{"they": true, "these": true, "llc": true, "inc": true, "ltd": true, "gmbh": true, "corp": true, "corporation": true}

// purposeLimits hold a use to its purposes: "only for", "solely for".
var purposeLimits = map[string]bool{"only": true, "solely": true, "exclusively": true, "primarily": true, "mainly": true, "strictly": true, "mostly": true}
