package material

import (
	"slices"
	"strings"
	"unicode"
)

// dateInCommitment reports a date changed in a sentence that commits to
// something, not one that dates the policy: "We delete accounts last
// updated before 1 January 2024" → "… 2025" moves which accounts are
// deleted, though "last updated" is a label's words (dateRevised). The
// date bounds an act: a word of time's order ("before", "after",
// "since", "until", "prior to") stands before it, only a label's words
// and the document's between ("after the effective date of 1 July
// 2024"), and the sentence, without the words that name the document and
// date it, names a category's word or a force. "This Privacy Policy was
// last updated on 4 March 2024", "Valid from 7 May 2020" and "effective 1
// January 2020 for all users" date the policy.
func (c *classifier) dateInCommitment(old, new string) bool {
	ctxOld, _ := c.changedSentences(old, new)
	for _, sen := range sentences(ctxOld) {
		if !boundDate(sen) {
			continue
		}
		// A copy: fold may hand back the words it keeps for the next
		// caller, and DeleteFunc writes over them.
		ws := slices.DeleteFunc(slices.Clone(c.ix.fold(sen)), func(w string) bool { return documentWords[w] || c.ix.label[w] })
		if c.topics(ws) != "" {
			return true
		}
		if _, covered := c.ix.forces(ws); slices.Contains(covered, true) {
			return true
		}
	}
	return false
}

// boundDate reports a sentence with a date after a word of time's order,
// within six words, the words between a label's or the document's:
// "before 1 January 2024", "since 1 March 2023", "after the effective
// date of 1 July 2024".
func boundDate(sen string) bool {
	ws := strings.FieldsFunc(strings.ToLower(sen), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range ws {
		if !boundWords[w] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+6; j++ {
			x := ws[j]
			if isNumber(x) || months[x] {
				return true
			}
			if !dateBetween[x] && !documentWords[x] {
				break
			}
		}
	}
	return false
}

// boundWords put a date as a limit of an act.
var boundWords = map[string]bool{"before": true, "after": true, "since": true, "until": true, "till": true, "prior": true, "by": true}

// dateBetween are the words that may stand between a word of time's order
// and its date: "prior to the effective date of".
var dateBetween = map[string]bool{"to": true, "the": true, "our": true, "this": true, "these": true, "its": true,
	"effective": true, "date": true, "of": true, "last": true, "updated": true, "revised": true, "new": true, "on": true}

// documentWords name the document a dating line dates: "This Privacy
// Policy was last updated on", "Effective date of these Terms".
var documentWords = map[string]bool{"privacy": true, "policy": true, "notice": true, "statement": true, "terms": true,
	"document": true, "agreement": true, "cookie": true, "cookies": true, "conditions": true, "service": true, "use": true,
	"data": true, "protection": true, "personal": true, "information": true}
