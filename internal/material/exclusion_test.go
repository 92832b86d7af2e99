package material

import "testing"

// TestClosingExclusion: "only X" said as "X, and in no other way" (b17-40)
// limits what the sentence commits to as "only" did: a closing phrase
// that excludes every other way, purpose or party beside what it closes
// is the exclusive force, not a negation added. Without "only" on the
// other side, or with an exception or another item beside it, the
// commitment changed.
func TestClosingExclusion(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"When Customers Use the Platform", "OmniCRM processes this data only in accordance with customer instructions and contractual agreements.",
			"OmniCRM processes this data in accordance with customer instructions and contractual agreements, and in no other way.", false},
		{"How we use your location", "We use your location only to show you nearby stores.",
			"We use your location to show you nearby stores and for no other purpose.", false},
		{"Who we share your data with", "We share your email address only with our payment processor.",
			"We share your email address with our payment processor, and with no one else.", false},
		{"Who can see your data", "Our support staff access your account only when you ask for help.",
			"Our support staff access your account when you ask for help, and not otherwise.", false},
		{"How we use your location", "We use your location to show you nearby stores and for no other purpose.",
			"We use your location solely to show you nearby stores.", false},
		// material twins
		{"How we use your location", "We use your location only to show you nearby stores.",
			"We use your location to show you nearby stores and for other purposes.", true},
		{"How we use your location", "We use your location to show you nearby stores.",
			"We use your location to show you nearby stores and for no other purpose.", true},
		{"How we use your location", "We use your location only to show you nearby stores.",
			"We use your location to show you nearby stores and to measure our ads, and for no other purpose.", true},
		{"Who we share your data with", "We share your email address only with our payment processor.",
			"We share your email address with our payment processor, and with no one else unless the law requires it.", true},
		{"Who we share your data with", "We share your email address only with our payment processor.",
			"We share your email address with our payment processor and our advertising partners, and with no one else.", true},
		{"How we process your data", "We process your personal data only in accordance with your instructions.",
			"We may process your personal data in accordance with your instructions, and in no other way.", true},
		{"How we process your data", "We process your personal data only in accordance with your instructions.",
			"We process your personal data in accordance with your instructions, and in other ways.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
