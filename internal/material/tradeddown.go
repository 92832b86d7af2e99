package material

// tradedDown reports the class gained, k, weaker than the plain statement,
// where a stronger class of the same scale was lost: a duty traded for a
// permission beside another permission the sentence already had. "We may
// share it with our affiliates, in which case we will require them to
// honor this policy" → "…; if we do, we may ask them to honor it": the
// weakest word on both sides is the "may" of sharing, but the duty on the
// affiliates became a request.
func tradedDown(classes []ForceClass, lost []int, k, plain int) bool {
	r := classes[k].Rank
	if r >= plain {
		return false
	}
	for _, l := range lost {
		if classes[l].Rank > r {
			return true
		}
	}
	return false
}
