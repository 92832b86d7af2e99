package material

import (
	"strings"
	"testing"
)

// TestCausalAs holds b44-13's family: "secure as all information … is
// vulnerable" gives the reason nothing is secure, and set out as a
// sentence of its own with "so" it says the same. A change of where or
// for what the data is secure still counts.
func TestCausalAs(t *testing.T) {
	rb := Builtin()
	const lead = "We use commercially reasonable administrative, technical, and physical security measures to safeguard your information.  "
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"a reason given with 'as', set out as a sentence (b44-13)", "SECURITY",
			lead + "However, no means of security is ever absolutely secure as all information transmitted over the internet or via any device is vulnerable to interception and misuse by unauthorized parties.  As such, we cannot guarantee total security of your information.",
			lead + "However, no means of security is ever absolutely secure. All information transmitted over the internet or via any device is vulnerable to interception and misuse by unauthorized parties, so we cannot guarantee total security of your information.", false},
		{"'protected as we' → 'protected. We'", "Security",
			"No system is fully protected as we cannot control the networks your data passes through. Therefore we cannot guarantee its security.",
			"No system is fully protected. We cannot control the networks your data passes through, so we cannot guarantee its security.", false},
		// Material twins.
		{"encrypted when stored, now when sent", "Security",
			"Your payment details are encrypted as stored on our servers.",
			"Your payment details are encrypted as sent to our servers.", true},
		{"anonymised for analytics, now in analytics reports", "Analytics",
			"We keep your IP address (anonymized for analytics).",
			"We keep your IP address (anonymized in analytics reports).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
