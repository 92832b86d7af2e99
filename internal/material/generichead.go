package material

import "slices"

// genericNouns are the nouns that name no kind of data, only "what was
// said": a demonstrative given one as its head ("this" → "this
// information") points back to the same thing.
var genericNouns = map[string]bool{"information": true, "info": true, "data": true, "stuff": true, "thing": true, "things": true}

// genericHead returns a test for a generic noun (genericNouns) one side
// writes after a demonstrative, directly or after one word, which is
// judged on its own ("this basic information", "this location
// information"), where the other side writes a demonstrative too: "Why do we collect
// this?" → "Why do we collect this information?". A generic noun the
// other side writes in its place ("This is stuff we collect" → "We
// collect this basic information") is the same. A word naming a kind of
// data ("this location data") is not generic, and stays unexplained.
func genericHead(old, new, removed, added []string) func(string) bool {
	headed := func(ws []string) bool {
		for i, w := range ws {
			if !genericNouns[w] {
				continue
			}
			if i > 0 && demonstratives[ws[i-1]] || i > 1 && demonstratives[ws[i-2]] {
				return true
			}
		}
		return false
	}
	hasDemonstrative := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return demonstratives[w] })
	}
	if !hasDemonstrative(old) || !hasDemonstrative(new) {
		return func(string) bool { return false }
	}
	inAdded, inRemoved := slices.ContainsFunc(added, func(w string) bool { return genericNouns[w] }), slices.ContainsFunc(removed, func(w string) bool { return genericNouns[w] })
	okNew := inAdded && headed(new)
	okOld := inRemoved && headed(old)
	return func(w string) bool {
		if !genericNouns[w] {
			return false
		}
		return okNew || okOld
	}
}
