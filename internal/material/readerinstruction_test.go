package material

import (
	"strings"
	"testing"
)

// TestPermissionToInstruction: what the reader "can" do, said as an
// instruction whose purpose is that act ("Requests can be submitted by
// contacting …" → "To submit a request, contact …"), grants the same; an
// instruction that adds a deadline, or a passive whose act is the
// company's, does not.
func TestPermissionToInstruction(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", "Requests can be submitted by contacting: privacy@example.com", "To submit a request, contact: privacy@example.com", false},
		{"Complaints", "Complaints can be sent to our data protection officer.", "To send a complaint, write to our data protection officer.", false},
		// Material twins.
		{"Your rights", "Requests can be submitted by contacting: privacy@example.com", "To submit a request, contact privacy@example.com within 30 days of our decision.", true},
		{"Your rights", "Your data can be deleted by contacting: privacy@example.com", "To delete your account, contact: privacy@example.com", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
