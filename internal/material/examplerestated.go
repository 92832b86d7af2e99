package material

import (
	"strings"
)

// exampleRestated: a sentence that ends with an example on both sides,
// the example said another way and naming nothing it did not: "…
// directly from you when you choose to enter it on our website, for
// instance when you complete the “Contact Us” form" → "… on our website
// (for example, in the “Contact Us” form)" (b41-18). "When" in the
// example says in which case of the sentence's own, not a condition of
// the commitment. An example that names another form, party or number,
// gains a word it did not have, or a force or a word of a category of
// its own, is left to the other rules.

// endExampleRE is an example at the end of a sentence, after a comma or
// in brackets. Group 1 is what follows its opener.
var endExampleRE = mustPattern(`(?i)(?:,\s*|\s*\(\s*)(?:for example|for instance|e\.\s?g\.),?\s+([^.;:!?()]+?)\s*\)?\s*[.;]?\s*$`)

// exampleRestated reports two one-sentence texts that say the same
// before an example each ends with, where the new example's words (as
// written: names and numbers; folded: every word but grammar) are all
// the old one's, and it states no force or category word the old one
// does not.
func (c *classifier) exampleRestated(old, new string) bool {
	if !mayOpenExample(old) || !mayOpenExample(new) {
		return false
	}
	if len(sentences(old)) != 1 || len(sentences(new)) != 1 {
		return false
	}
	mo, mn := endExampleRE.FindStringSubmatchIndex(old), endExampleRE.FindStringSubmatchIndex(new)
	if mo == nil || mn == nil || !equalWords(c.ix.fold(old[:mo[0]]), c.ix.fold(new[:mn[0]])) {
		return false
	}
	eo, en := old[mo[2]:mo[3]], new[mn[2]:mn[3]]
	if eo == en {
		return false
	}
	// Sets, not a search of one side for each word of the other: an
	// example may be a list of thousands of words.
	ro, rn := rawWords(eo), rawWords(en)
	so, sn := addWords(nil, ro), addWords(nil, rn)
	for _, w := range rn {
		if lw := strings.ToLower(w); (isName(w) || isNumber(lw) || c.ix.number[lw]) && !so[w] {
			return false
		}
	}
	for _, w := range ro {
		if lw := strings.ToLower(w); (isName(w) || isNumber(lw) || c.ix.number[lw]) && !sn[w] {
			return false
		}
	}
	fo, fn := c.ix.fold(eo), c.ix.fold(en)
	words, stems := addWords(nil, fo), map[string]bool{}
	for _, v := range fo {
		stems[stem(v)] = true
	}
	for _, w := range c.content(fn) {
		if !words[w] && !stems[stem(w)] {
			return false
		}
	}
	if cn, _ := c.ix.forces(fn); len(cn) > 0 {
		return false
	}
	return len(c.ix.strongHits(fn)) == len(c.ix.strongHits(fo))
}

// mayOpenExample is a cheap test for an opener of an example in s.
func mayOpenExample(s string) bool {
	return strings.Contains(s, "xample") || strings.Contains(s, "nstance") || strings.Contains(s, ".g.") || strings.Contains(s, ". g.")
}
