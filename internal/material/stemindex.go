package material

// withoutSameStemsIndexed is withoutSameStems for long lists: the stems
// of b are indexed once, where comparing each word of a with every word
// of b was quadratic in a long paragraph rewritten whole.
func withoutSameStemsIndexed(a, b []string) []string {
	type stemmed struct {
		first  string // the first word of b with the stem
		others bool   // another word of b has it too
	}
	stems := make(map[string]stemmed, len(b))
	for _, x := range b {
		k := inflectionStem(x)
		if s, ok := stems[k]; !ok {
			stems[k] = stemmed{first: x}
		} else if !s.others && s.first != x {
			s.others = true
			stems[k] = s
		}
	}
	var out []string
	for _, w := range a {
		// kept unless a word of b other than w has its stem
		if s, ok := stems[inflectionStem(w)]; !ok || s.first == w && !s.others {
			out = append(out, w)
		}
	}
	return out
}
