package material

import "slices"

// compoundNouns returns a test for a noun one side trades for a noun of
// two words that WordNet files under the same sense, and for the two
// words: "surname" is "last name", "postcode" is "postal code" (the
// Microsoft privacy statement in Open Terms Archive, turned from British
// to American English, ota-051). The sense must be the compound's own,
// its first: a wider word that only generalises it ("number" for "phone
// number") is not the same data.
func compoundNouns(removed, added, old, new []string) func(string) bool {
	words := map[string]bool{}
	wn := wordNet()
	look := func(ws, other []string) {
		if len(other) == 0 {
			return
		}
		for i := 0; i+1 < len(ws); i++ {
			if len(ws[i]) < 2 || len(ws[i+1]) < 2 || isNumber(ws[i]) || isNumber(ws[i+1]) {
				continue
			}
			e, ok := wn.lookup(ws[i] + "_" + ws[i+1])
			if !ok || e.pos[0] != 'n' || len(e.meanings) == 0 {
				continue
			}
			sense := e.meanings[0]
			for _, w := range other {
				for _, we := range wn.entries(w) {
					if slices.Contains(we.meanings, sense) {
						words[w], words[ws[i]], words[ws[i+1]] = true, true, true
					}
				}
			}
		}
	}
	look(new, removed)
	look(old, added)
	return func(w string) bool { return words[w] }
}
