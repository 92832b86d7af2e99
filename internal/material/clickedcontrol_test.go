package material

import (
	"strings"
	"testing"
)

// TestClickedControl: an instruction in brackets that tells the reader
// where to click on a page the sentence already offers ("on your settings
// page (click your name in the top corner, then choose Settings)",
// b75-36) gives guidance on using that page: "your name" is the control
// clicked, not data collected. Each twin keeps the instruction and names
// data not clicked, a use of data, a new way to reach us or a figure, and
// stays material.
func TestClickedControl(t *testing.T) {
	rb := Builtin()
	const heading = "Your Privacy Choices"
	const old = "  • Account Information: You can review and update your account information through your settings page."
	const page = "  • Account Information: You can review and update your account information on your settings page "
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"b75-36", page + "(click your name in the top corner, then choose Settings).", false},
		{"tap", page + "(tap your photo, then choose Settings).", false},
		// twins
		{"data entered, not clicked", page + "(click your name, then enter your date of birth).", true},
		{"data not clicked", page + "(your name and your date of birth, in the top corner).", true},
		{"a use of data", page + "(click your name to share it with our partners).", true},
		{"what we do", page + "(click your name; we also use it for advertising).", true},
		{"a new way to reach us", page + "(click your name, or call us on 0800 123 4567).", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
