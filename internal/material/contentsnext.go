package material

import (
	"strings"
)

// contentsNextRE is a sentence that goes on saying what the document
// covers, its subject the document or the author writing in it: "It also
// explains your rights", "Here, we also explain how to contact us".
var contentsNextRE = mustPattern(`(?i)^(?:it|here,?\s+we|in it,?\s+we)\s+(?:also\s+)?(?:details?|describes?|explains?|sets?\s+out|covers?|outlines?|lists?|summari[sz]es?|tells?\s+you)\b`)

// contentsGoesOn returns where, in a sentence after one that says what
// the document covers (contentsRE), the words go on saying what else it
// covers ("This policy tells you how we collect … Here, we also explain
// your rights"), as contentsRE's match would: nil where they do not. What
// follows is read as contentsOnly reads the first sentence's.
func contentsGoesOn(s string) []int {
	t := strings.TrimLeft(s, " \t\n\"“”'")
	if t == "" || t[0]|0x20 != 'i' && t[0]|0x20 != 'h' {
		return nil
	}
	m := contentsNextRE.FindStringIndex(t)
	if m == nil {
		return nil
	}
	off := len(s) - len(t)
	return []int{m[0] + off, m[1] + off}
}
