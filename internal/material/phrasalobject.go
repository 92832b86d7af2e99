package material

import "slices"

// phrasalObject reports a word that is the object of a verb on both
// sides, once straight after it and once after a verb and its particle:
// "To facilitate integrations with …" → "To help with integrations with
// …" helps with a thing; no party took another role. "sell partner data"
// → "sell data to partners", the word first a modifier, still moves.
func phrasalObject(old, new []string, w string) bool {
	s := stem(w)
	at := func(ws []string) int {
		return slices.IndexFunc(ws, func(x string) bool { return stem(x) == s })
	}
	verb := func(x string) bool { return canBe(x, 'v') } // "help" is a noun first
	i, j := at(old), at(new)
	if i < 1 || j < 1 {
		return false
	}
	// w straight after a verb, and the head of its object: "share
	// advertiser reports" shares reports.
	direct := func(ws []string, k int) bool { return verb(ws[k-1]) && (k+1 == len(ws) || !canBe(ws[k+1], 'n')) }
	particle := func(ws []string, k int) bool { return k >= 2 && verb(ws[k-2]) && !verb(ws[k-1]) }
	return direct(old, i) && particle(new, j) || direct(new, j) && particle(old, i)
}
