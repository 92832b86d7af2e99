package material

import "slices"

// necessityWords say that a thing is needed: "as required to deliver the
// services", "where this is needed to", "when necessary for". Said of the
// same end, each limits the act to what the end needs; the rank of
// "required" as a duty is weighed by the force, not here ("need" folds
// to "require").
var necessityWords = map[string]bool{"necessary": true, "needed": true, "required": true, "require": true, "requires": true}

// necessityFillers stand between a condition word and the necessity it
// states: "where this is needed", "when it is necessary".
var necessityFillers = map[string]bool{"this": true, "it": true, "that": true, "is": true, "be": true, "so": true}

// necessityConditions open a necessity said as a condition.
var necessityConditions = map[string]bool{"where": true, "when": true, "if": true, "wherever": true, "whenever": true}

// necessityAt returns where the necessity word stands when ws[i:] opens
// "where (this is) needed to V" or "for V" (a condition when cond is
// true, else the necessity itself at i), and -1 when it does not, with
// the end's preposition and verb.
func necessityAt(ws []string, i int, cond bool) (at int, end [2]string) {
	j := i
	if cond {
		if !necessityConditions[ws[i]] {
			return -1, end
		}
		j++
		for k := 0; k < 3 && j < len(ws) && necessityFillers[ws[j]]; k++ {
			j++
		}
	}
	if j+2 >= len(ws) || !necessityWords[ws[j]] || ws[j+1] != "to" && ws[j+1] != "for" {
		return -1, end
	}
	return j, [2]string{ws[j+1], ws[j+2]}
}

// necessityAsManner returns ws without the condition word (and its
// "this is") of each "where this is needed to V" whose other side does V
// "as required to V", with no condition: the act is limited to what the
// same end needs in both, said as a condition or as a manner ("Data may be
// accessed … as required to deliver services" → "… may access data where
// this is needed to deliver the services"). A necessity put where the
// other side has none, of another end, or traded for a choice ("where we
// choose to") is kept, for the force to weigh. ws is not changed.
func necessityAsManner(ws, other []string) []string {
	if !slices.ContainsFunc(ws, func(w string) bool { return necessityWords[w] }) {
		return ws
	}
	var drop []int
	for i := range ws {
		j, end := necessityAt(ws, i, true)
		if j < 0 {
			continue
		}
		for k := range other {
			if kk, e := necessityAt(other, k, false); kk >= 0 && e == end && !conditionBefore(other, kk) {
				for d := i; d < j; d++ {
					drop = append(drop, d)
				}
				break
			}
		}
	}
	return dropAt(ws, drop)
}

// conditionBefore reports a condition word before the necessity at k,
// past its fillers: "where (this is) needed".
func conditionBefore(ws []string, k int) bool {
	for k--; k >= 0 && necessityFillers[ws[k]]; k-- {
	}
	return k >= 0 && necessityConditions[ws[k]]
}
