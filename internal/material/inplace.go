package material

import (
	"slices"
	"strings"
)

// inPlace returns a test for "place" in "have … in place", "put … in
// place", "keep … in place", where the other side has no "place": the
// idiom says the measures exist and are used, as "we implement
// reasonable measures" or "we use reasonable measures" does ("We have
// reasonable technical and organizational measures in place"). What the
// measures are, and what they protect from, are the words around it and
// are still compared. Not "in place of", which says instead of what.
//
// The idiom said of the measures, "Reasonable measures are in place to
// protect your information" (b80-37), says the same in the passive
// voice: the measures exist and are used. Only the present of "be" (and
// "remain") is so read: "were in place" says they were once; "will be in
// place" or "may be in place" keep their auxiliary, which is compared as
// any other word of force.
func inPlace(old, new []string) func(string) bool {
	idiom := func(ws []string) bool {
		for i := 1; i+1 < len(ws); i++ {
			if ws[i] != "in" || ws[i+1] != "place" || i+2 < len(ws) && ws[i+2] == "of" {
				continue
			}
			if slices.ContainsFunc(ws[max(0, i-8):i], func(v string) bool {
				return v == "have" || v == "has" || v == "had" || v == "having" || v == "put" || v == "puts" ||
					v == "keep" || v == "keeps" || v == "kept" || strings.HasPrefix(v, "maintain")
			}) || i >= 1 && presentBe[ws[i-1]] {
				return true
			}
		}
		return false
	}
	inOld, inNew := slices.Contains(old, "place"), slices.Contains(new, "place")
	ok := inOld != inNew && (inOld && idiom(old) || inNew && idiom(new))
	return func(w string) bool { return ok && w == "place" }
}

// presentBe is the present of "be", and "remain", said of what is in place.
var presentBe = map[string]bool{"is": true, "are": true, "remain": true, "remains": true}
