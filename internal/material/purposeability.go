package material

import "slices"

// An ability in a clause of purpose permits nothing: "we use your address
// in order to be able to deliver your order" says what the address is
// for, as "… to deliver your order" and "… so that we can deliver it"
// do. purposeModal (purposemodal.go) reads the "can" of "so that we can"
// so; this reads "to be able to" so, where the infinitive is one of
// purpose: after "in order" or "so as", or where the other side states
// the same verb as a purpose, "to V" or "can V" with no ability of its
// own. "We will delete it" → "we want to be able to delete it" keeps its
// ability: the other side's "will delete" is no purpose.

// purposeAbility returns folded words without the "be able" of each "to
// be able to V" said as a purpose. ws is not changed.
func purposeAbility(ws, other []string) []string {
	var drop []int
	for i := 1; i+3 < len(ws); i++ {
		if ws[i] != "to" || ws[i+1] != "be" || ws[i+2] != "able" || ws[i+3] != "to" {
			continue
		}
		purpose := ws[i-1] == "order" || i > 1 && ws[i-2] == "so" && ws[i-1] == "as"
		if !purpose && i+4 < len(ws) && !slices.Contains(other, "able") {
			v := ws[i+4]
			for k := 1; k < len(other); k++ {
				if other[k] == v && (other[k-1] == "to" || other[k-1] == "can" || other[k-1] == "may") {
					purpose = true
					break
				}
			}
		}
		if purpose {
			drop = append(drop, i+1, i+2, i+3)
		}
	}
	return dropAt(ws, drop)
}
