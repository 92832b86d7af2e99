package material

import "slices"

// oppositePairs calls try, in the order oppositeIn reads them (each
// removed word in turn, then each added word), on the pairs of a removed
// and an added word that WordNet could file as opposites, and stops at
// the first pair try accepts. Every pair is tried once, whatever the
// number of times either word is written; past a thousand pairs the added
// words are indexed by their meanings and antonyms once, and each removed
// word looks up its own there, where comparing every pair was quadratic
// in a long paragraph rewritten whole (and each comparison built a map).
// A pair left out shares no meaning one way or the other with an
// antonym, so that wn.opposite says no to it either way.
func oppositePairs(wn *lexicon, removed, added []string, try func(r, a string) bool) (string, string, bool) {
	removed, added = firstOfEach(removed), firstOfEach(added)
	if len(removed)*len(added) <= 1024 {
		for _, r := range removed {
			for _, a := range added {
				if try(r, a) {
					return r, a, true
				}
			}
		}
		return "", "", false
	}
	byMeaning := map[int32][]int{} // synset → the added words with that meaning
	byAntonym := map[int32][]int{} // synset → the added words with an antonym there
	for j, a := range added {
		for _, e := range wn.entries(a) {
			for _, m := range e.meanings {
				byMeaning[m] = append(byMeaning[m], j)
			}
			for _, m := range e.antonyms {
				byAntonym[m] = append(byAntonym[m], j)
			}
		}
	}
	var cand []int
	for _, r := range removed {
		cand = cand[:0]
		for _, e := range wn.entries(r) {
			for _, m := range e.antonyms { // opposite(r, a)
				cand = append(cand, byMeaning[m]...)
			}
			for _, m := range e.meanings { // opposite(a, r)
				cand = append(cand, byAntonym[m]...)
			}
		}
		slices.Sort(cand)
		cand = slices.Compact(cand)
		for _, j := range cand {
			if try(r, added[j]) {
				return r, added[j], true
			}
		}
	}
	return "", "", false
}

// firstOfEach returns ws without its repeats, each word where it is first
// written; ws itself when it has none.
func firstOfEach(ws []string) []string {
	if len(ws) < 2 {
		return ws
	}
	if len(ws) <= 16 {
		dup := false
		for i := 1; i < len(ws) && !dup; i++ {
			dup = slices.Contains(ws[:i], ws[i])
		}
		if !dup {
			return ws
		}
	}
	seen := make(map[string]bool, len(ws))
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
