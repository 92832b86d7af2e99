package material

import "strings"

// superlativeAdverb reports the "most" at ws[i] that makes the superlative
// of the adverb after it: "this policy was most recently updated" (a
// seed) says when, as "was last updated" does (b66-20), and "most
// commonly" how often, "most likely" how sure; the quantifier "most" ("most users", "most of
// your data") is followed by a noun or "of". WordNet says which words are
// adverbs (and never nouns, as "most part" is); "most" is rare enough
// that asking it costs nothing.
func superlativeAdverb(ws []string, i int) bool {
	if verbSuperlative(ws, i) {
		return true
	}
	if i+1 >= len(ws) {
		return false
	}
	e, ok := wordNet().lookup(ws[i+1])
	return ok && strings.ContainsRune(e.pos, 'r') && !strings.ContainsRune(e.pos, 'n')
}

// verbSuperlative reports the "most" at ws[i] that says how much of the
// verb before it is done: "which features are used most", "the pages you
// visit most". It follows a verb, and no noun or "of" follows it, as one
// follows the quantifier ("we delete most data", "we keep most of it"):
// the clause ends, or a conjunction, preposition or determiner opens the
// next words.
func verbSuperlative(ws []string, i int) bool {
	if i == 0 {
		return false
	}
	if i+1 < len(ws) {
		if next := ws[i+1]; next == "of" || !conjunctions[next] && !prepositions[next] && !determiners[next] {
			return false
		}
	}
	// A participle WordNet files first as an adjective ("used") is a verb
	// among its other entries.
	return verbFirst(ws[i-1]) || strings.HasSuffix(ws[i-1], "ed") && isVerb(ws[i-1])
}
