package material

import (
	"strings"
	"testing"
)

// TestPolicyDated: a sentence that only dates the policy itself, its date
// changed: "This policy was last published on: 27 November 2024" → "… 8
// May 2025". The twins stay material: a date that says when something
// else happens, and a date beside a commitment.
func TestPolicyDated(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Privacy Policy", "This policy was last published on: 27 November 2024", "This policy was last published on: 8 May 2025", false},
		{"Privacy Policy", "This Privacy Notice was posted on 8 January 2026.", "This Privacy Notice was posted on 30 January 2026.", false},

		{"Retention", "We delete accounts last published before 1 January 2024.", "We delete accounts last published before 1 January 2025.", true},
		{"Privacy Policy", "This policy was last published on 27 November 2024 and takes effect 30 days later.", "This policy was last published on 8 May 2025 and takes effect 10 days later.", true},
		{"Privacy Policy", "This policy was last published on: 27 November 2024", "This policy was last published on: 27 November 2024 and applies to data we collected before then", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
