package material

import "testing"

// TestConsentCondition: consent said with "with", "based on" or "subject
// to" is the condition "if you consent" is (b55-16). The twins add or
// drop the consent, or deny it, and stay material.
func TestConsentCondition(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Sharing", "With your consent, we may share your email with our partners.", "If you agree, we may share your email with our partners.", false},
		{"Sharing", "We send you newsletters if you consent.", "We send you newsletters with your consent.", false},
		{"Sharing", "We share your email with partners with your permission.", "We share your email with partners if you give us permission.", false},
		{"Sharing", "We use your location data with your consent.", "We use your location data based on your consent.", false},
		// twins
		{"Sharing", "We share your email with partners.", "With your consent, we share your email with partners.", true},
		{"Sharing", "With your consent, we share your email with partners.", "We share your email with partners.", true},
		{"Sharing", "We share your email with partners with your consent.", "We share your email with partners without your consent.", true},
		{"Sharing", "We will not share your email without your consent.", "We may share your email without your consent.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
