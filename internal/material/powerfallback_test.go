package material

import "testing"

// TestPowerFallback: a change the rules cannot read, in a sentence that
// gives the user a power over what is theirs ("You can review and change
// your profile information") is to what that right reaches: rights, not
// the purposes the sentence's other words name. A power the rules of
// cookies or retention govern is not made a right ("you can change your
// cookie preferences", "you can have your history deleted after 30
// days"); nor is a change in a sentence beside the one that gives the
// power. (Written for b44-27.)
func TestPowerFallback(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b44-27", "Choices About How We Use and Disclose Your Information",
			"You can review and change your personal information by logging into the Service and visiting your account profile page.",
			"You can review and change your profile information by logging into the Service and visiting your account profile page.", "rights"},
		{"download your orders", "How We Use Your Information",
			"You can download your order history from your account page.",
			"You can download your wishlist history from your account page.", "rights"},
		// Twins: the power is another sentence's, or another category's.
		{"power in the next sentence", "How We Use Your Information",
			"We use your order history to build customer segments. You can object to this at any time from your account page.",
			"We use your order history to build customer cohorts. You can object to this at any time from your account page.", "!rights"},
		{"cookie preferences", "How We Use Your Information",
			"You can change your cookie preferences from your account page.",
			"You can change your cookie preferences from your wishlist page.", "!rights"},
		{"delete sooner", "How We Use Your Information",
			"You can have your order history deleted after 30 days from your account page.",
			"You can have your wishlist history deleted after 30 days from your account page.", "!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
