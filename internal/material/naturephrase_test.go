package material

import "testing"

// TestNatureAsAdjective: "information of a personal nature" is "personal
// information" (b227-47, b227-49); twins name another quality.
func TestNatureAsAdjective(t *testing.T) {
	runRestated(t, []restatedCase{
		{"of a personal character", "Sharing", "We do not sell personal information.", "We do not sell information of a personal character.", false},
		{"of a sensitive nature", "Access", "Access to sensitive information is restricted to authorised staff.", "Access to information of a sensitive nature is restricted to authorised staff.", false},
		{"twin: another quality", "Access", "Access to sensitive information is restricted to authorised staff.", "Access to information of a confidential nature is restricted to authorised staff.", true},
		{"twin: a quality put", "Access", "Access to information is restricted to authorised staff.", "Access to information of a sensitive nature is restricted to authorised staff.", true},
	})
}
