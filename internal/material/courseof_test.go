package material

import (
	"strings"
	"testing"
)

// TestInTheCourseOf: "in the course of" an act is "while" doing it, the
// time of another act said as a phrase, as "in the event" is "if": "While
// providing services, omnie personnel may access" is "In the course of
// providing services, …". The twins stay material: the time dropped (the
// access no longer tied to the service), or made another ("after").
func TestInTheCourseOf(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Information We Access", "While providing services, omnie personnel may access:", "In the course of providing services, omnie personnel may access:", false},
		{"Sharing", "We may share your data with our auditors in the course of an audit.", "We may share your data with our auditors while an audit is carried out.", false},

		{"Information We Access", "While providing services, omnie personnel may access:", "omnie personnel may access:", true},
		{"Information We Access", "In the course of providing services, omnie personnel may access:", "After providing services, omnie personnel may access:", true},
		{"Information We Access", "omnie personnel may access:", "In the course of providing services, omnie personnel may access:", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
