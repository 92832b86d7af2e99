package material

import "slices"

// negatedOpposites returns folded words with "not" and an adjective
// written as the adjective's opposite, where the other side says that
// opposite and one "not" fewer: "if you are not satisfied" is "if you are
// unhappy", "not happy" is "unhappy" (WordNet files the two as antonyms).
// A negation is a commitment and is kept wherever the other side does not
// say the opposite in one word: "satisfied" → "not satisfied" reverses the
// sentence, and stays so. A word of force ("required", "able to") or of a
// category's vocabulary is never rewritten: "not required" is left for the
// force to weigh. a and b are not changed; copies are returned when a
// phrase is.
func (c *classifier) negatedOpposites(a, b []string) ([]string, []string) {
	return c.negatedOpposite(a, b), c.negatedOpposite(b, a)
}

func (c *classifier) negatedOpposite(ws, other []string) []string {
	if countWord(ws, "not") <= countWord(other, "not") {
		return ws
	}
	plain := func(w string) bool {
		if len(c.ix.forceByFirst[w]) > 0 || c.ix.number[w] || len(c.ix.strongHits([]string{w})) > 0 {
			return false
		}
		es := wordNet().entries(w)
		return len(es) > 0 && es[0].pos[0] == 'a'
	}
	for i := 0; i+1 < len(ws); i++ {
		x := ws[i+1]
		if ws[i] != "not" || slices.Contains(other, x) || !plain(x) {
			continue
		}
		for _, y := range other {
			if y == x || slices.Contains(ws, y) || !plain(y) || !wordNet().opposite(x, y) {
				continue
			}
			return slices.Replace(slices.Clone(ws), i, i+2, y) // one at a time: the counts were of one
		}
	}
	return ws
}

func countWord(ws []string, w string) int {
	n := 0
	for _, v := range ws {
		if v == w {
			n++
		}
	}
	return n
}

// outsidePrepositions say that a thing lies outside what a noun names:
// "outside our control", "beyond our responsibility".
var outsidePrepositions = map[string]bool{"outside": true, "beyond": true}

// negationsAsOutside returns folded words with "outside" or "beyond"
// written "not" where it stands before the noun of the word the other
// side negates, and the other side has one negation more: "OmniCRM does
// not control how …" is "how … is outside OmniCRM's control", "we are not
// responsible for …" is "… is beyond our responsibility". The negation is
// kept, said by the preposition; what is negated is compared as words
// ("within our control" negates nothing, "outside the EEA" is a place and
// stays one). a and b are not changed; copies are returned when a word is.
func negationsAsOutside(a, b []string) ([]string, []string) {
	return negationAsOutside(a, b), negationAsOutside(b, a)
}

func negationAsOutside(ws, other []string) []string {
	if countWord(ws, "not")+countWord(ws, "no") >= countWord(other, "not")+countWord(other, "no") {
		return ws
	}
	for i, w := range ws {
		if !outsidePrepositions[w] {
			continue
		}
		for _, n := range ws[i+1 : min(len(ws), i+4)] {
			if negatedIn(other, n) {
				return slices.Replace(slices.Clone(ws), i, i+1, "not") // one at a time: the counts were of one
			}
		}
	}
	return ws
}

// negatedIn reports a "not" or "no" in ws before a word of n's family:
// "not control" for "control", "not responsible" for "responsibility",
// "no control over" for "control".
func negatedIn(ws []string, n string) bool {
	for j, w := range ws {
		if w != "not" && w != "no" || j+1 == len(ws) {
			continue
		}
		v := ws[j+1]
		if (v == "be" || v == "been") && j+2 < len(ws) {
			v = ws[j+2]
		}
		if v == n || inflectionStem(v) == inflectionStem(n) || derived(v, n) {
			return true
		}
	}
	return false
}
