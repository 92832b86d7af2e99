package material

import "slices"

// passOn are the forms of "pass on" and the form of "share" each folds to.
var passOn = map[string]string{"pass": "share", "passes": "shares", "passed": "shared", "passing": "sharing"}

// splitPassOn returns folded words with "pass … on to" written as "share
// … to", as the rulebook folds "pass on": "we pass your contact details on
// to Omnis" is "we share your contact details with Omnis". The object
// between must be short and open as one does ("your", "the", "it"). ws is
// not changed; a copy is returned when a phrase is.
func splitPassOn(ws []string) []string {
	var out []string
	for i := 0; i+3 < len(ws); i++ {
		v, ok := passOn[ws[i]]
		if !ok {
			continue
		}
		switch ws[i+1] {
		case "your", "the", "their", "our", "this", "these", "that", "those", "it", "them", "such":
		default:
			continue
		}
		for j := i + 2; j+1 < len(ws) && j <= i+6; j++ {
			if ws[j] == "on" && ws[j+1] == "to" {
				if out == nil {
					out = slices.Clone(ws)
				}
				out[i] = v
				out = append(out[:j:j], out[j+1:]...)
				ws = out
				break
			}
		}
	}
	if out == nil {
		return ws
	}
	return out
}
