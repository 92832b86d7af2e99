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
	if i+1 >= len(ws) {
		return false
	}
	e, ok := wordNet().lookup(ws[i+1])
	return ok && strings.ContainsRune(e.pos, 'r') && !strings.ContainsRune(e.pos, 'n')
}
