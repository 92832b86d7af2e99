package material

// negationCut reports a list under a denial ("without creating an account
// or giving us your email") whose last item is now set against it ("…
// without creating an account but by giving us your email"), or the
// reverse: the item was denied and is now required, or was required and
// is now denied. The words are the same but for the joining word, so the
// edit read "Same commitments, reworded" (a miss found in no labelled
// set). old and new are the changed sentences' words as written, lower
// case; the joining words traded must be "or", "nor" or "and" on one side
// and "but" (with "by", "with", "through" after it) on the other, and a
// denial ("without", "not", "no", "never") must come before them.
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
	for _, w := range removed {
		if w != "or" && w != "nor" && w != "and" {
			return false
		}
	}
	but := false
	for _, w := range added {
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
	for _, w := range text {
		switch w {
		case "without", "not", "no", "never", "neither", "cannot":
			denied = true
		case "but":
			return denied
		}
	}
	return false
}
