package material

// A thing the reader may know, named by a noun or asked after: "the right
// to know the types and the specific pieces of the personal information
// we have collected" → "the right to know what types of personal
// information we have collected …, and which specific pieces" (b44-05)
// names the same types and pieces. "What" and "which" before the noun
// the other side writes after "the" are that noun's determiner, said as a
// question. Another noun asked after ("the categories" → "what specific
// pieces") is compared as before.

// indirectQuestion returns a test for "what" or "which" that stands, on
// one side, before the word the other side writes after "the".
func indirectQuestion(old, new []string) func(string) bool {
	asked := func(ws, other []string) bool {
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] != "what" && ws[i] != "which" {
				continue
			}
			found := false
			for j := 0; j+1 < len(other); j++ {
				if other[j] == "the" && other[j+1] == ws[i+1] {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	has := func(ws []string) bool {
		for _, w := range ws {
			if w == "what" || w == "which" {
				return true
			}
		}
		return false
	}
	if !has(old) && !has(new) || !asked(old, new) || !asked(new, old) {
		return func(string) bool { return false }
	}
	return func(w string) bool { return w == "what" || w == "which" }
}
