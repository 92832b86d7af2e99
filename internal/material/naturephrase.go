package material

// A quality said by "of a … nature" is the adjective put before the noun:
// "information of a personal nature" is "personal information", "data of
// a sensitive character" is "sensitive data" (b227's translator back from
// French, "of a personal character"; common in English drafting too).

// natureAsAdjective returns folded words with each "N of a A nature"
// ("character", "kind") written "A N". ws is not changed; a copy is
// returned when one is rewritten.
func natureAsAdjective(ws []string) []string {
	var out []string // made at the first phrase: most texts have none
	last := 0        // ws[last:] is not yet copied to out
	for i := 1; i+3 < len(ws); i++ {
		if ws[i] != "of" || ws[i+1] != "a" && ws[i+1] != "an" || !natureNouns[ws[i+3]] || i-1 < last || !lexPOS(ws[i+2], 'a') || !lexPOS(ws[i-1], 'n') {
			continue
		}
		// N of a A nature → A N
		out = append(out, ws[last:i-1]...)
		out = append(out, ws[i+2], ws[i-1])
		last = i + 4
		i += 3
	}
	if out == nil {
		return ws
	}
	return append(out, ws[last:]...)
}

// natureNouns close "of a … nature".
var natureNouns = map[string]bool{"nature": true, "character": true, "kind": true}
