package material

import "slices"

// formHead returns a test for the noun of "in encrypted form" (or "in an
// anonymised format") where the other side says the participle alone of
// the same data: "Data files are encrypted and provided by secure means"
// is "Data files are provided in encrypted form by secure means". The
// noun says only the state the data is in, which the participle says.
// Another state ("in pseudonymised form" beside "encrypted") leaves the
// noun and the participle to be compared, and so does any other word
// changed in the sentence.
func formHead(old, new []string) func(string) bool {
	if !slices.Contains(old, "form") && !slices.Contains(new, "form") && !slices.Contains(old, "format") && !slices.Contains(new, "format") {
		return func(string) bool { return false }
	}
	heads := map[string]bool{}
	look := func(ws, other []string) {
		for i := 2; i < len(ws); i++ {
			if ws[i] != "form" && ws[i] != "format" || slices.Contains(other, ws[i]) {
				continue
			}
			k := i - 2
			if ws[k] == "a" || ws[k] == "an" {
				k--
			}
			if k < 0 || ws[k] != "in" {
				continue
			}
			state := ws[i-1]
			if len(state) > 4 && state[len(state)-2:] == "ed" && slices.Contains(other, state) {
				heads[ws[i]] = true
			}
		}
	}
	look(old, new)
	look(new, old)
	if len(heads) > 0 && !sameBesideForm(old, new) {
		clear(heads)
	}
	return func(w string) bool { return heads[w] }
}

// formGlue are the words the participle trades for the phrase of its
// state: "encrypted and provided" → "provided in encrypted form".
var formGlue = map[string]bool{"in": true, "a": true, "an": true, "form": true, "format": true, "and": true}

// sameBesideForm reports old and new the same words, in any order, but
// for formGlue: the state moved into a phrase of its own, nothing else
// said or unsaid ("by secure means" dropped beside it still counts).
func sameBesideForm(old, new []string) bool {
	count := map[string]int{}
	for _, w := range old {
		if !formGlue[w] {
			count[w]++
		}
	}
	for _, w := range new {
		if !formGlue[w] {
			count[w]--
		}
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}
