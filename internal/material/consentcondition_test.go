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
		// "rely on your consent to send" rests the act on the consent, as
		// "send … with your consent" does (found by probing).
		{"Legal basis", "We rely on your consent to send you marketing emails.", "We send you marketing emails on the basis of your consent.", false},
		{"Legal basis", "We rely on your consent to send you marketing emails.", "Marketing emails are sent based on your consent.", false},
		{"Legal basis", "Where we rely on consent as the legal basis, you may withdraw it at any time.", "Where consent is the legal basis, you may withdraw it at any time.", false},
		{"Your rights", "Where we rely on consent as the legal basis on which we process your personal information, you may also withdraw that consent at any time.", "Where we rely on your consent to process your personal information, you may also withdraw it at any time.", false},
		// twins
		{"Legal basis", "We rely on your consent to send you marketing emails.", "We send you marketing emails.", true},
		{"Legal basis", "We rely on our legitimate interests to send you marketing emails.", "We send you marketing emails on the basis of your consent.", true},
		{"Legal basis", "We rely on your consent to send you marketing emails.", "We send you marketing emails on the basis of our legitimate interests.", true},
		{"Legal basis", "We rely on your consent to send you marketing emails.", "We send you marketing emails unless you object.", true},
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
