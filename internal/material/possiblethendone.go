package material

// possibleThenDone returns ws without the "may" of an act that a
// condition after it takes up ("We may add further companies. When we do
// so, we will update this notice"), where the other side makes the same
// act the condition ("If we add further companies, we will update this
// notice"): the "may" says only that the act may happen, which the "if"
// says too; what binds is the duty that follows. A "may" whose act the
// other side states, or promises, stays: "We may add companies" → "We
// will add companies" is a change. ws is not changed.
func possibleThenDone(ws, other []string) []string {
	var drop []int
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "may" || !takenUp(ws[i+2:min(len(ws), i+16)]) {
			continue
		}
		subject, verb := ws[i-1], ws[i+1]
		for k := 0; k+2 < len(other); k++ {
			if actConditions[other[k]] && other[k+1] == subject && other[k+2] == verb {
				drop = append(drop, i)
				break
			}
		}
	}
	return dropAt(ws, drop)
}

// actConditions open a condition on an act: "if we add", "when we add".
var actConditions = map[string]bool{"if": true, "when": true, "where": true, "once": true, "whenever": true}

// takenUp reports a condition in ws that takes up the act before it:
// "when we do so", "if we do", "if so", "in which case", "in that case".
func takenUp(ws []string) bool {
	for k := 0; k+1 < len(ws); k++ {
		switch {
		case actConditions[ws[k]] && ws[k+1] == "so":
			return true
		case actConditions[ws[k]] && k+2 < len(ws) && ws[k+2] == "do" && (ws[k+1] == "we" || ws[k+1] == "they" || ws[k+1] == "you"):
			return true
		case ws[k] == "in" && k+2 < len(ws) && (ws[k+1] == "which" || ws[k+1] == "that") && (ws[k+2] == "case" || ws[k+2] == "event"):
			return true
		}
	}
	return false
}
