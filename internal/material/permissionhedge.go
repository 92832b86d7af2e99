package material

// A permission hedged by a modal of possibility is no longer granted:
// "You have the right to request that we delete" → "You may have the
// right to request …" (b57-34) says the reader perhaps holds the right,
// where the old text said they hold it. The permission class of the
// force scale counts "may" and "have the right to" as one class, so the
// two read as the same force; stacked, the "may" is the author's doubt
// about the right itself, a commitment weakened (issue 8: "will → may").

// permissionHedges counts the permissions of ws (a holder's "have the
// right", "be entitled to", "be able to", "be eligible") and those of
// them said under a modal of possibility: "may have the right", "might
// be entitled to", "may also be able to".
func permissionHedges(ws []string) (all, hedged int) {
	for j := 0; j+1 < len(ws); j++ {
		switch ws[j] {
		case "have", "has", "be", "are", "is":
		default:
			continue
		}
		next, ok := ws[j+1], false
		switch {
		case next == "the" || next == "a" || next == "certain" || next == "additional" || next == "other":
			ok = j+2 < len(ws) && (ws[j+2] == "right" || ws[j+2] == "rights")
		case next == "rights" || next == "entitled" || next == "eligible" || next == "able":
			ok = true
		}
		if !ok {
			continue
		}
		all++
		// The modal may stand a few words before, an aside between:
		// "may also have the right", "You may, depending on where you
		// live, have additional rights".
		for k := j - 1; k >= 0 && k >= j-6; k-- {
			if possibilityModal[ws[k]] {
				hedged++
				break
			}
			if ws[k] == "and" || ws[k] == "or" || ws[k] == "but" || ws[k] == "to" {
				break
			}
		}
	}
	return all, hedged
}

// possibilityModal are the modals that say a thing perhaps is.
var possibilityModal = map[string]bool{"may": true, "might": true, "could": true}

// permissionHedged reports a change that hedges a permission or lifts
// the hedge, the permissions themselves the same in number: +1 for more
// hedged in new, -1 for fewer, 0 otherwise ("you may also be to adjust"
// mended to "be able to" gains a permission, not a hedge).
func permissionHedged(wo, wn []string) int {
	ao, ho := permissionHedges(wo)
	an, hn := permissionHedges(wn)
	switch {
	case ao != an:
	case hn > ho:
		return 1
	case hn < ho:
		return -1
	}
	return 0
}
