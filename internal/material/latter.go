package material

// latterNamed returns folded words with "the latter" (or "the former")
// written as the noun it points back to, where the other side names that
// noun in its place before the same next word: "by our scoring model and
// by a credit officer; the latter makes the final decision" is "…; the
// credit officer makes the final decision" (b13-38). "The latter" is the
// last thing named before it, "the former" the first of two joined by
// "and" or "or"; a noun that is not the one pointed back to is another
// party and is kept as written. whole is the paragraph ws is of, folded:
// what "the latter" points back to may be in a sentence before it. ws is
// not changed.
func latterNamed(ws, other, whole []string) []string {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k-1] != "the" || ws[k] != "latter" && ws[k] != "former" {
			continue
		}
		for p := 1; p+1 < len(other); p++ {
			if other[p-1] != "the" {
				continue
			}
			for n := 1; n <= 4 && p+n < len(other); n++ {
				w := other[p : p+n]
				next := p + n
				if (other[next] == "who" || other[next] == "that") && next+1 < len(other) {
					next++ // "it is the credit officer who makes"
				}
				if other[next] != ws[k+1] {
					continue
				}
				before := latterContext(whole, ws[k-1:k+2])
				if ws[k] == "latter" && !pointsLatter(before, w) || ws[k] == "former" && !pointsFormer(before, w) {
					continue
				}
				return splice(ws, k, k+1, w)
			}
		}
	}
	return ws
}

// pointsLatter reports the words before "the latter" ending with w, the
// last of two things joined by "and" or "or" a few words before.
func pointsLatter(before, w []string) bool {
	if len(before) < len(w) || !equalWords(before[len(before)-len(w):], w) {
		return false
	}
	for i := len(before) - len(w) - 1; i >= 0 && i >= len(before)-len(w)-4; i-- {
		if before[i] == "and" || before[i] == "or" {
			return true
		}
	}
	return false
}

// pointsFormer reports w among the words before "the former", followed
// within a few words by "and" or "or" and something else named.
func pointsFormer(before, w []string) bool {
	for i := 0; i+len(w) < len(before); i++ {
		if !equalWords(before[i:i+len(w)], w) {
			continue
		}
		for j := i + len(w); j < len(before)-1 && j <= i+len(w)+1; j++ {
			if before[j] == "and" || before[j] == "or" {
				return true
			}
		}
	}
	return false
}

// latterContext returns the words of whole before the first place it has
// seq, or nil.
func latterContext(whole, seq []string) []string {
	if i := indexSeq(whole, seq); i >= 0 {
		return whole[:i]
	}
	return nil
}
