package material

// A condition's opener written again on its second branch ("where we
// cannot verify your identity or where an exception applies") opens no
// second condition: "where A or B" and "where A or where B" hold in the
// same cases, as "if" distributes over "or" in any sentence (b37-11).
// The opener is read once where the other side joins the same branch
// with the same "or" and no opener; a branch that is new ("where you
// consent" → "where you consent or where our partners ask") has no such
// twin on the other side, and still counts as a condition added.

// openerDistributed returns folded words without a condition opener
// ("when", "where", "if", "unless") written right after "or" where the
// same opener stands in the words before, and other says "or" followed
// by the word that follows the opener here. ws is not changed.
func openerDistributed(ws, other []string) []string {
	var drop []int
	for k := 1; k+1 < len(ws); k++ {
		w := ws[k]
		if ws[k-1] != "or" || w != "when" && w != "where" && w != "if" && w != "unless" {
			continue
		}
		said := false
		for j := max(0, k-exceptReach); j < k-1; j++ {
			said = said || ws[j] == w
		}
		if !said {
			continue
		}
		for j := 0; j+1 < len(other); j++ {
			if other[j] == "or" && other[j+1] == ws[k+1] {
				drop = append(drop, k)
				break
			}
		}
	}
	return dropAt(ws, drop)
}
