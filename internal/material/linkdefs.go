package material

import "strings"

// A block of link reference definitions renders nothing: "[no-tracking]:
// /privacy/no-tracking/" only says where the links that use it lead.
// DuckDuckGo's help pages dropped some of theirs when the links became
// HTML, and the words of a label read as text: "no-tracking" lost was a
// "no" lifted (duckduckgo-help-pages 009, 010). Definitions put in or
// taken out are unseen; one whose label both sides define but whose
// address changed is where a link leads, and is read as any.

// linkDefinitionsReason is the reason given for such a change, hidden
// from readers.
const linkDefinitionsReason = "Not seen by readers: a link's address defined for reference, added or removed"

// linkDefinitionsOnly reports two sides of a change each empty or a block
// of link reference definitions, with no label defined on both sides to
// another address.
func linkDefinitionsOnly(old, new string) bool {
	if old == "" && new == "" || old != "" && !onlyLinkDefinitions(old) || new != "" && !onlyLinkDefinitions(new) {
		return false
	}
	do, dn := linkDefinitions(old), linkDefinitions(new)
	for label, to := range do {
		if t, ok := dn[label]; ok && t != to {
			return false
		}
	}
	return true
}

// linkDefinitions returns the destinations a block of link reference
// definitions gives, by label (matched without regard to case, as
// CommonMark does).
func linkDefinitions(block string) map[string]string {
	out := map[string]string{}
	for line := range strings.Lines(block) {
		label, rest, ok := strings.Cut(strings.TrimSpace(line), "]:")
		if !ok {
			continue
		}
		if f := strings.Fields(rest); len(f) > 0 {
			out[strings.ToLower(strings.TrimPrefix(label, "["))] = f[0]
		}
	}
	return out
}
