package material

import (
	"strings"
	"testing"
)

// TestProtectedFrom holds b30-26 and half of b29-42 in other words: after
// a verb of protection ("protect", "safeguard", "shield", "secure"),
// "from" and "against" both name what is kept away, so "protect your
// data from unauthorised access" and "… against unauthorised access" are
// one commitment. A harm added, dropped or traded, a harm narrowed ("by
// third parties") or the protection weakened is still compared.
func TestProtectedFrom(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b30-26", "Protection of Your Personal Data",
			"You should always feel secure when providing personal data to us. Therefore, Freja eID Group has taken the necessary safety precautions to protect your personal data from unauthorised access, modification and deletion.",
			"You should always feel secure when providing personal data to us. That is why Freja eID Group has taken the safety precautions needed to protect your personal data against unauthorised access, modification and deletion.", false},
		{"safeguard against", "Security",
			"We use industry-standard encryption to safeguard your payment details from interception.",
			"We use industry-standard encryption to safeguard your payment details against interception.", false},
		{"shielded from", "Security",
			"Our servers are shielded against attacks by a firewall that we monitor around the clock.",
			"Our servers are shielded from attacks by a firewall that we monitor around the clock.", false},
		// Twins: still material.
		{"twin: a harm dropped", "Security",
			"We protect your personal data from loss, theft and unauthorised access.",
			"We protect your personal data against loss and unauthorised access.", true},
		{"twin: a harm traded", "Security",
			"We protect your personal data from unauthorised access.",
			"We protect your personal data against accidental loss.", true},
		{"twin: the protection weakened", "Security",
			"We protect your personal data from unauthorised access.",
			"We try to protect your personal data against unauthorised access.", true},
		{"twin: protected only where feasible", "Security",
			"We protect your personal data from unauthorised access.",
			"Where feasible, we protect your personal data against unauthorised access.", true},
		{"twin: less data protected", "Security",
			"We protect all personal data we hold from unauthorised access.",
			"We protect sensitive personal data we hold against unauthorised access.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
