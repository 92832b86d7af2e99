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

// conditionConjunctions open a clause that sets a condition, not an
// exception (conditionOpeners has "unless" and "except" too): "where
// this is needed", "if we rely on your consent to …".
var conditionConjunctions = map[string]bool{"where": true, "when": true, "if": true, "wherever": true, "whenever": true}

// necessityAt returns where the necessity word stands when ws[i:] opens
// "where (this is) needed to V" or "for V" (a condition when cond is
// true, else the necessity itself at i), and -1 when it does not, with
// the end's preposition and verb.
func necessityAt(ws []string, i int, cond bool) (at int, end [2]string) {
	j := i
	if cond {
		switch {
		case conditionConjunctions[ws[i]]:
			j++
		case i+2 < len(ws) && ws[i] == "to" && ws[i+1] == "the" && ws[i+2] == "extent":
			j += 3 // "to the extent (that it is) necessary for": the legal register's "where"
		case i+1 < len(ws) && ws[i] == "insofar" && ws[i+1] == "as":
			j += 2 // "insofar as necessary for" (b206-21)
		case periodAsNeeded(ws, i):
			j += 4 // "for as long as we need it to provide the Service"
		default:
			return -1, end
		}
		for k := 0; k < 3 && j < len(ws) && necessityFillers[ws[j]]; k++ {
			j++
		}
	}
	if j+2 >= len(ws) || !necessityWords[ws[j]] {
		return -1, end
	}
	e := j + 1
	if cond && i+4 <= j && (ws[e] == "it" || ws[e] == "them") && e+2 < len(ws) {
		e++ // "as long as we need it to": what is needed, the data kept
	}
	if ws[e] != "to" && ws[e] != "for" {
		return -1, end
	}
	return j, [2]string{ws[e], ws[e+1]}
}

// periodAsNeeded reports "as long as we" at ws[i], a period that lasts
// while we need the data: "for as long as we need it to provide the
// Service" keeps it as long as "as needed to provide the Service" does
// (b62-36). "as long as you" is the reader's need, or a condition on the
// reader, and is not read so.
func periodAsNeeded(ws []string, i int) bool {
	return i+4 < len(ws) && ws[i] == "as" && ws[i+1] == "long" && ws[i+2] == "as" && ws[i+3] == "we"
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
				if periodAsNeeded(ws, i) {
					if kk >= 3 && other[kk-3] == "as" && other[kk-2] == "long" && other[kk-1] == "as" {
						break // "for as long as necessary to V": a period too (b30-22)
					}
					// "as long as we need it to V" is "as needed to V",
					// said with the other side's word ("need" folds to the
					// duty "require", "needed" does not)
					e := j + 1
					if ws[e] == "it" || ws[e] == "them" {
						e++
					}
					return append(append(append(make([]string, 0, len(ws)), dropAt(ws[:i], drop)...), other[kk]), ws[e:]...)
				}
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
	return k >= 0 && (conditionConjunctions[ws[k]] || ws[k] == "extent" || k > 0 && ws[k] == "as" && ws[k-1] == "insofar")
}
