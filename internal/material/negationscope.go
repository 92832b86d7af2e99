package material

import "slices"

// negationCut reports a list under a denial ("without creating an account
// or giving us your email") whose last item is now set against it ("…
// without creating an account but by giving us your email"), or the
// reverse: the item was denied and is now required, or was required and
// is now denied. The words are the same but for the joining word, so the
// edit read "Same commitments, reworded" (a miss found in no labelled
// set). old and new are the changed sentences' words as written, lower
// case; the joining words traded must be "or", "nor" or "and" on one side
// and "but" (with "by", "with", "through" after it) on the other, and a
// denial ("without", "not", "no", "never") must come before them, or
// right after "but": "we do not sell or rent your data" → "we rent, but
// do not sell, your data" puts one act before the denial and affirms it.
// A word moved (removed here and put there) is the item itself.
func negationCut(old, new []string) bool {
	removed, added := diffWords(old, new)
	return joinCut(removed, added, new) || joinCut(added, removed, old)
}

// joinCut reports list joiners removed for "but" added, in a text whose
// "but" follows a denial.
func joinCut(removed, added, text []string) bool {
	if len(removed) == 0 || len(added) == 0 {
		return false
	}
	moved := func(w string, other []string) bool { return slices.Contains(other, w) }
	for _, w := range removed {
		if w != "or" && w != "nor" && w != "and" && !moved(w, added) {
			return false
		}
	}
	but := false
	for _, w := range added {
		if moved(w, removed) {
			continue
		}
		switch w {
		case "but":
			but = true
		case "by", "with", "through", "instead", "rather":
		default:
			return false
		}
	}
	if !but {
		return false
	}
	denied := false
	for i, w := range text {
		switch w {
		case "without", "not", "no", "never", "neither", "cannot":
			denied = true
		case "but":
			// "X, but do not Y": the denial right after "but".
			for _, d := range text[i+1 : min(len(text), i+4)] {
				if d == "not" || d == "never" || d == "no" || d == "cannot" {
					return true
				}
			}
			return denied
		}
	}
	return false
}
