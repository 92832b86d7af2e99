package material

import "slices"

// A quality said by "of a … nature" is the adjective put before the noun:
// "information of a personal nature" is "personal information", "data of
// a sensitive character" is "sensitive data" (b227's translator back from
// French, "of a personal character"; common in English drafting too).

// natureAsAdjective returns folded words with each "N of a A nature"
// ("character", "kind") written "A N". ws is not changed; a copy is
// returned when one is rewritten.
func natureAsAdjective(ws []string) []string {
	var out []string
	for i := 1; i+3 < len(ws); i++ {
		if ws[i] != "of" || ws[i+1] != "a" && ws[i+1] != "an" || !natureNouns[ws[i+3]] || !lexPOS(ws[i+2], 'a') || !lexPOS(ws[i-1], 'n') {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		// N of a A nature → A N: the shift keeps every index before i-1
		k := len(ws) - len(out) // words already dropped before this one
		noun, adj := out[i-1-k], out[i+2-k]
		out = slices.Replace(out, i-1-k, i+4-k, adj, noun)
	}
	if out == nil {
		return ws
	}
	return out
}

// natureNouns close "of a … nature".
var natureNouns = map[string]bool{"nature": true, "character": true, "kind": true}
