package material

import (
	"strings"
	"testing"
)

// TestClauseJoined: a clause with a subject of its own, joined by a
// semicolon or by "but", states a commitment as a sentence would ("You
// can object to direct marketing; we may still send you offers"); clauses
// joined or split another way, with the same commitments, stay minor.
func TestClauseJoined(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", "You can object to direct marketing.", "You can object to direct marketing; we may still send you offers.", true},
		{"Your rights", "You can object to direct marketing.", "You can object to direct marketing, but we may still send you offers.", true},
		{"Your rights", "You can object to direct marketing.", "You can object to direct marketing; we will then stop sending you offers.", true},
		{"Retention", "We delete your account when you close it.", "We delete your account when you close it; we may keep your messages for a further year.", true},
		{"Sharing", "We do not sell your data.", "We do not sell your data, but our partners may.", true},
		// The same commitments, the clauses joined or split another way.
		{"Retention", "We keep your data for 30 days and then we delete it.", "We keep your data for 30 days; we then delete it.", false},
		{"Sharing", "We do not sell your data; we never have.", "We do not sell your data, and we never have.", false},
		{"Sharing", "We do not sell your data. We never have.", "We do not sell your data; we never have.", false},
		{"Security", "We encrypt your data in transit, but we cannot guarantee absolute security.", "We encrypt your data in transit. However, we cannot guarantee absolute security.", false},
		{"Cookies", "You can refuse cookies; some features may not work.", "You can refuse cookies, but some features may then not work.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
