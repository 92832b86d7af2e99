package material

import (
	"strings"
	"testing"
)

// TestPowerHolder: who holds a power over the reader's data, changed
// from "you" to some users ("Account owners and administrators can
// manage …", b80-38), is a right limited, the rights category, though
// the sentence names recipients (powerfallback.go). The twins: a party
// added where the holder stays, and a word of sharing put in beside the
// new holder, stay the recipients'.
func TestPowerHolder(t *testing.T) {
	rb := Builtin()
	const heading = "Your Privacy Choices"
	const old = "  • Third-Party Integrations: You can manage or disconnect third-party integrations through your account settings or the respective third-party service."
	for _, tc := range []struct {
		name, new, category string
	}{
		{"b80-38", "  • Third-Party Integrations: Account owners and administrators can manage or disconnect third-party integrations through the account settings or the respective third-party service.", "rights"},
		{"twin: a party added, the holder kept", "  • Third-Party Integrations: You can manage or disconnect third-party integrations, such as Zorvex Systems, through your account settings or the respective third-party service.", "recipients"},
		{"twin: sharing put in beside the new holder", "  • Third-Party Integrations: Account owners can manage or disconnect third-party integrations we share your data with through the account settings or the respective third-party service.", "recipients"},
	} {
		rep, cats, why := judgeEdit(rb, heading, old, tc.new)
		if !rep.Material || !cats[tc.category] {
			t.Errorf("%s: material=%v %v, want %s: %s", tc.name, rep.Material, cats, tc.category, strings.Join(why, "; "))
		}
	}
}
