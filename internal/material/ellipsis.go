package material

import "slices"

// sharedPrepositions are the prepositions one coordination may say once
// for all its objects: "against loss and theft" is "against loss and
// against theft". Those that also open a clause ("after", "before",
// "until") are not among them, nor those that negate ("without",
// "outside", "beyond").
var sharedPrepositions = map[string]bool{"against": true, "about": true, "across": true, "between": true, "during": true, "over": true,
	"through": true, "throughout": true, "toward": true, "towards": true, "under": true, "among": true, "around": true, "within": true,
	"into": true, "onto": true, "upon": true, "via": true, "from": true, "with": true, "for": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "of": true, "inside": true, "behind": true, "below": true, "above": true, "regarding": true, "concerning": true}

// subjectPronouns open a clause: "after 30 days and you close your
// account" is two clauses, not two objects of "after".
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true}

// prepositionsSaidOnce returns folded words without each preposition
// repeated after an "and" or "or" where the other side (other, folded)
// says it fewer times: "we protect it against unauthorised processing and
// against accidental loss" is "… against unauthorised processing and
// accidental loss". The preposition must stand in the words before the
// "and" too, and be no force word; the objects are compared as words. ws
// is not changed.
func (c *classifier) prepositionsSaidOnce(ws, other []string) []string {
	var drop []int
	surplus := map[string]int{}
	for k := 1; k+2 < len(ws); k++ {
		p := ws[k+1]
		if ws[k] != "and" && ws[k] != "or" || !sharedPrepositions[p] || c.ix.forceWord[p] || subjectPronouns[ws[k+2]] {
			continue
		}
		if _, ok := surplus[p]; !ok {
			surplus[p] = countWord(ws, p) - countWord(other, p)
		}
		if surplus[p] <= 0 || !slices.Contains(ws[max(0, k-12):k], p) {
			continue
		}
		surplus[p]--
		drop = append(drop, k+1)
	}
	return dropAt(ws, drop)
}
