package material

// A condition split off for translators, one idea a sentence: "If we
// become aware of a breach, we will notify you" → "We may become aware of
// a breach. If this happens, we will notify you" (b76-08). The "may"
// grants nothing and hedges nothing: it supposes the event, which the
// "if this happens" after it then waits for, as the old "if" did. Where
// the other side states as many conditions, the "may" is that supposition
// and is not counted; the act done on the event keeps its own force ("we
// may notify you" is still weighed), and a "may" that nothing takes up
// after it still counts.

// supposedEvent returns ws without each modal of possibility that an echo
// of its event ("if this happens", "when that occurs", "if so") follows,
// where other states no fewer conditions and fewer such modals; ws itself
// when there is none.
// ws is not changed.
func (ix *index) supposedEvent(ws, other []string) []string {
	if ix.condition < 0 {
		return ws
	}
	var drop []int
	for j := 1; j+1 < len(ws); j++ {
		if !eventEchoAt(ws, j) {
			continue
		}
		for i := j - 1; i >= max(j-supposeReach, 0); i-- {
			if supposingModals[ws[i]] {
				drop = append(drop, i)
				break
			}
			if eventEchoAt(ws, i) {
				break
			}
		}
	}
	if len(drop) == 0 {
		return ws
	}
	co, _ := ix.forces(other)
	cw, _ := ix.forces(ws)
	if co[ix.condition] < cw[ix.condition] {
		return ws
	}
	if ix.permission >= 0 {
		// Only the modals the other side does not have: "We may share it
		// with affiliates, in which case we will" → "…; if so, we will"
		// keeps the permission to share on both sides.
		drop = drop[:max(0, min(len(drop), cw[ix.permission]-co[ix.permission]))]
	}
	return dropAt(ws, drop)
}

// supposeReach is the most words a supposing modal stands before the echo
// of its event.
const supposeReach = 25

// supposingModals say an event is possible: "we may become aware".
var supposingModals = map[string]bool{"may": true, "might": true, "could": true}

// eventEchoes take up the event just said as a pronoun: "this happens".
var eventEchoes = map[string]bool{"happens": true, "happen": true, "occurs": true, "occur": true}

// eventEchoAt reports a condition at ws[j] whose clause is only the event
// said before it: "if this happens", "when that occurs", "if so".
func eventEchoAt(ws []string, j int) bool {
	if !echoConditions[ws[j]] && ws[j] != "where" {
		return false
	}
	if ws[j] == "if" && ws[j+1] == "so" {
		return true
	}
	return j+2 < len(ws) && (ws[j+1] == "this" || ws[j+1] == "that" || ws[j+1] == "it") && eventEchoes[ws[j+2]]
}
