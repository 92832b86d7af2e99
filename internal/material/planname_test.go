package material

import (
	"strings"
	"testing"
)

// TestPlanName holds b48-36: a name said only of the plans or tiers
// customers are on ("Customers on OmniCRM Managed Service plans") is the
// author's own offering, no recipient. A company data is shared with
// still counts, though the text also names its plans.
func TestPlanName(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b48-36 the author's managed service plans", "Managed Service Support",
			"Customers on managed service plans may receive assistance from assigned account managers for: Automation setup, workflow management, system configuration, platform optimisation.",
			"Customers on OmniCRM Managed Service plans may receive assistance from assigned account managers for: Automation setup, workflow management, system configuration, platform optimisation.", false},
		{"a tier named", "Support",
			"Customers on the top tier get priority support by phone.",
			"Customers on the Brightwell Platinum tier get priority support by phone.", false},
		{"a subscription named", "Billing",
			"If you cancel your subscription, you keep access until the end of the period.",
			"If you cancel your Brightwell Plus subscription, you keep access until the end of the period.", false},
		{"twin: the plan's company receives data", "Billing",
			"If you cancel your subscription, we delete your card details.",
			"If you cancel your Zentrova Plus subscription, we share your card details with Zentrova Plus so that it can close your account.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
