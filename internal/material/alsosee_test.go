package material

import (
	"strings"
	"testing"
)

// TestAlsoSee holds the family of batch 9's b9-20 ("transmitted securely"
// → "transmitted safely"): an adjective or adverb traded for one WordNet
// links to it by "also see" is the same commitment, where the table
// linked only senses and the clusters they are similar to. An adjective
// and its opposite stay apart, though both see a cluster ("direct",
// "indirect"); a new datum, name or opposite stays material.
func TestAlsoSee(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"secure, protected", "How we protect your data",
			"We keep encrypted backups of your account in a secure location.",
			"We keep encrypted backups of your account in a protected location.", false},
		{"cautious, careful", "How we protect your data",
			"Employees with access to personal data must be cautious when they handle it.",
			"Employees with access to personal data must be careful when they handle it.", false},
		{"secure, insecure", "How we protect your data",
			"We keep encrypted backups of your account in a secure location.",
			"We keep encrypted backups of your account in an insecure location.", true},
		{"protected, for five years", "How we protect your data",
			"We keep encrypted backups of your account in a secure location.",
			"We keep encrypted backups of your account in a protected location for 5 years.", true},
		{"careful, a new name", "How we protect your data",
			"Employees with access to personal data must be cautious when they handle it.",
			"Employees of Accenture with access to personal data must be careful when they handle it.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	wn := wordNet()
	for _, p := range [][2]string{{"direct", "indirect"}, {"enabled", "disabled"}, {"protected", "unprotected"}} {
		if wn.close(p[0], p[1]) || !wn.opposite(p[0], p[1]) {
			t.Errorf("%s, %s: close=%v opposite=%v, want opposites", p[0], p[1], wn.close(p[0], p[1]), wn.opposite(p[0], p[1]))
		}
	}
}
