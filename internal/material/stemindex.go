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

// movedRoleIndexed is movedRole for long texts: the stems of each text,
// and those a preposition leads, are indexed once, where movedRole
// looks each up in the other text.
func movedRoleIndexed(old, new []string, led func(ws []string, i int) bool) string {
	stems := func(ws []string) (all, lead map[string]bool) {
		all, lead = map[string]bool{}, map[string]bool{}
		for i, w := range ws {
			all[stem(w)] = true
			if led(ws, i) {
				lead[stem(w)] = true
			}
		}
		return all, lead
	}
	ao, lo := stems(old)
	an, ln := stems(new)
	for i, w := range new {
		if s := stem(w); led(new, i) && !lo[s] && ao[s] {
			return w
		}
	}
	for i, w := range old {
		if s := stem(w); led(old, i) && !ln[s] && an[s] {
			return w
		}
	}
	return ""
}
