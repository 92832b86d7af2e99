package material

import (
	"strings"
)

// howToOpener opens a sentence that sends the reader to instructions: "To
// learn how to watch a repository, see …", "To find out how to change
// your settings, visit …".
const howToOpener = `to (?:learn|find out|see) how to [^,.;]{1,80},?\s+`

// howToRE is howToOpener with the verb of what the reader learns to do,
// or the same instructions after "for more information on" ("For more
// information on how to contact the data protection officer, please
// click here", b58-13).
var howToRE = mustPattern(`(?i)^(?:to (?:learn|find out|see)|for (?:more|further|additional) (?:information|details) (?:on|about|regarding)) how to (\S+)`)

// howToPointer reports a sentence s that only sends the reader to
// instructions for something they do ("To learn how to watch a
// repository, see "Configuring your watch settings""): its "how" asks
// nothing of what we do, as "how we use your data" would. Instructions
// to stop, opt out or object are a way to object, and are no pointer
// (howToStop).
func howToPointer(s string) bool {
	m := howToRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false
	}
	v := strings.ToLower(m[1])
	return v != "disable" && v != "opt" && v != "unsubscribe" && v != "object" && v != "withdraw" && strings.Count(strings.ToLower(s), "how") == 1
}
