package material

import "testing"

// TestPolicyChangeTold: how the reader is told of, or asked about, a
// change of the policy is the change-notice policy: "we will notify all
// users via email" → "all subscribed users" (b36-17), "obtain your
// consent" → "obtain your consent or provide an opportunity to object
// before such changes take effect" (b32-04). The twins keep their
// categories: a recipient put in the sentence, a telling of something
// other than a change of the policy, and the same telling reworded stays
// minor.
func TestPolicyChangeTold(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Privacy Policy", "If we modify this privacy policy in any significant way, we will notify all users via email.",
			"If we modify this privacy policy in any significant way, we will notify all subscribed users via email.", "notice"},
		{"Changes to this policy", "We may update this privacy policy from time to time. We will let you know if these changes are material and, where required by law, we will obtain your consent.",
			"We may update this privacy policy from time to time. We will let you know if these changes are material and, where required by law, we will obtain your consent or provide an opportunity to object before such changes take effect.", "notice"},
		// twins
		{"Privacy Policy", "If we modify this privacy policy in any significant way, we will notify all users via email.",
			"If we modify this privacy policy in any significant way, we will notify all users via email and share their email addresses with our partners.", "!notice"},
		{"Your account", "If we change the email address on your account, we will notify you.",
			"If we change the email address on your account, we will notify you and your administrator.", "!notice"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
	rep, _, why := judgeEdit(rb, "Privacy Policy", "If we modify this privacy policy in any significant way, we will notify all users via email.",
		"If we modify this privacy policy in any significant way, we will notify all users by email.")
	if rep.Material {
		t.Errorf("the same telling reworded: material: %v", why)
	}
}

// TestPolicyChangeSaid: a change is said of the policy where the policy
// is named beside it or the changes are pointed back to; "e-mail updates"
// and "request changes to the information" change no policy.
func TestPolicyChangeSaid(t *testing.T) {
	ix := Builtin().index
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"If we modify this privacy policy in any significant way, we will notify you.", true},
		{"We will let you know if these changes are material.", true},
		{"We will post any changes to this Notice on this page.", true},
		{"It is important that you read this Policy together with the notices we display when you sign up to receive e-mail updates.", false},
		{"If you have questions about this Notice or would like to request changes to the information collected, contact us.", false},
	} {
		if got := policyChangeSaid(ix.fold(tc.s)); got != tc.want {
			t.Errorf("policyChangeSaid(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
