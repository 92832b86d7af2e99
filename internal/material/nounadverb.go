package material

import "strings"

// An adverb made of a noun or a verb with "-ly" is no form of that noun:
// "namely" names no name, "purposely" no purpose. A term of four letters
// or more matches the words it starts (hasTerm: "cookie" finds "cookies",
// "secure" finds "securely"), and "namely" read as "name" made
// "including to meet our legal obligations" → "namely to meet …" a change
// of the data collected, where it only says the list that follows is the
// whole of it (b37-22). An adverb of an adjective keeps its meaning
// ("securely" is done in a secure way, "internationally" across borders)
// and still matches.

// nounAdverb reports w as t+"ly", t being w[:k], where WordNet reads w
// first as an adverb and t never as an adjective.
func nounAdverb(w string, k int) bool {
	if k != len(w)-2 || !strings.HasSuffix(w, "ly") {
		return false // the cheap test: most prefixes are no such word
	}
	wn := wordNet()
	e := wn.entries(w)
	if len(e) == 0 || e[0].pos[0] != 'r' {
		return false
	}
	for _, b := range wn.entries(w[:k]) {
		if strings.ContainsAny(b.pos, "as") {
			return false
		}
	}
	return true
}
