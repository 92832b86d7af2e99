package material

import (
	"strings"
	"unicode"
)

// A sub-heading written as the first line of a block names what the text
// under it is about. Words put in it that name the event the text states
// add no condition: "Customer Platform Data" → "Customer Platform Data
// After Cancellation" over "If a customer cancels their subscription, …"
// (b79-08, read "Condition added") says in the title the case the text
// already puts, on both sides. The title's new words must be a
// preposition or conjunction of time or condition (a closed class) and
// nouns of the same family as a word of the text under it on both sides
// (WordNet's derivations: "cancellation" of "cancel"); the rest of the
// block is then judged without the title, so a period, a hedge or a case
// changed in the text stays material, and an event the text does not
// state ("After Cancellation" over a text that never cancels) is a
// condition added.

// eventPrepositions open the case a title names: "After Cancellation",
// "On Closure", "Upon Request".
var eventPrepositions = map[string]bool{"after": true, "before": true, "upon": true, "on": true, "following": true, "during": true, "when": true, "if": true, "until": true}

// titleEventNamed returns old with its first line, a title, written as
// new's, where new's title adds to old's (or drops from it) only an event
// its text states on both sides.
func (c *classifier) titleEventNamed(old, new string) (string, bool) {
	ho, ro, ok1 := strings.Cut(old, "\n")
	hn, rn, ok2 := strings.Cut(new, "\n")
	if !ok1 || !ok2 || strings.TrimSpace(ro) == "" || strings.TrimSpace(rn) == "" || !titleCased(ho) || !titleCased(hn) {
		return old, false
	}
	r, a := diffWords(c.ix.plain(ho), c.ix.plain(hn))
	extra := a
	if len(a) == 0 {
		extra = r
	} else if len(r) > 0 {
		return old, false
	}
	bo, bn := c.ix.plain(ro), c.ix.plain(rn)
	prep, noun := false, false
	for _, w := range extra {
		switch {
		case eventPrepositions[w]:
			prep = true
		case isNoun(w) && familyIn(w, bo) && familyIn(w, bn):
			noun = true
		default:
			return old, false
		}
	}
	if !prep || !noun {
		return old, false
	}
	return hn + "\n" + ro, true
}

// familyIn reports a word of ws that is of w's family in WordNet: its
// lemma is w's, or one WordNet derives w from or from w ("cancels" for
// "cancellation").
func familyIn(w string, ws []string) bool {
	fam := map[string]bool{}
	for _, e := range wordNet().entries(w) {
		fam[e.lemma] = true
		for _, f := range e.family {
			fam[f] = true
		}
	}
	for _, x := range ws {
		for _, e := range wordNet().entries(x) {
			if fam[e.lemma] {
				return true
			}
		}
	}
	return false
}

// titleCased reports a short line of words each capitalised, but for
// the closed class of small words a title writes in lower case ("Data
// after Cancellation"), with no closing punctuation.
func titleCased(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".:;?!,") {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsLetter(r[0]) {
			return false
		}
		if !unicode.IsUpper(r[0]) && !titleSmall[w] {
			return false
		}
	}
	return true
}

// titleSmall are the words a title leaves in lower case.
var titleSmall = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true, "to": true, "in": true, "on": true,
	"after": true, "before": true, "upon": true, "by": true, "with": true, "at": true}
