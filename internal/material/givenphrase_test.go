package material

import (
	"strings"
	"testing"
)

// TestRecipientJoined: "to any other …" newly joined to a verb of
// giving, beside a force word moved, is whom data goes to (b53-27 in
// other words; the check is made where a force word decides); the same force word moved with no recipient joined keeps
// its own category.
func TestRecipientJoined(t *testing.T) {
	rb := Builtin()
	var cats map[string]bool
	var why []string
	for _, tc := range [][2]string{
		{"Your messages are normally transmitted only to our servers.",
			"Your messages are transmitted to our servers and to other services."},
		{"We only disclose contact details collected through the app for support.",
			"We disclose contact details collected through the app to other companies, mainly for support."},
	} {
		_, cats, why = judgeEdit(rb, "How we use data", tc[0], tc[1])
		if !cats["recipients"] {
			t.Errorf("%s: want recipients: %s", tc[1], strings.Join(why, "; "))
		}
	}
	// Twins: a force word moved, no one given to; a place data now goes
	// to, a transfer.
	_, cats, why = judgeEdit(rb, "How we use data", "We normally transfer your personal data only to our servers in Ireland.", "We normally transfer your personal data to our servers in Ireland and to other countries.")
	if cats["recipients"] || !cats["transfers"] {
		t.Errorf("a place joined: %s", strings.Join(why, "; "))
	}
	_, cats, why = judgeEdit(rb, "How we use data", "We only use contact details collected through the app for support.", "We use contact details collected through the app mainly for support.")
	if cats["recipients"] {
		t.Errorf("no recipient joined: %s", strings.Join(why, "; "))
	}
}
