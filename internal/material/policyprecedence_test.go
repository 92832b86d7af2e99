package material

import "testing"

// TestPolicyPrecedence: which of two policies governs where both could is
// what the policy covers, its scope: "This Privacy Policy is strictly
// limited to the Program and has no effect on any other privacy policy"
// → "… prevails over any other privacy policy" was filed under the
// reader's rights, "limited" folding to "restricted" (b49-23).
func TestPolicyPrecedence(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b49-23", "SMS/MMS MOBILE MESSAGING MARKETING PROGRAM",
		"This Privacy Policy is strictly limited to the Program and has no effect on any other privacy policy(ies) that may govern the relationship between you and Us in other contexts.",
		"This Privacy Policy is strictly limited to the Program and prevails over any other privacy policy(ies) that may govern the relationship between you and Us in other contexts.", "scope")
	wantOnlyCategory(t, rb, "notice no longer subordinate", "Loyalty programme",
		"This notice is limited to the loyalty programme and does not override our general privacy policy.",
		"This notice is limited to the loyalty programme and overrides our general privacy policy.", "scope")
	wantOnlyCategory(t, rb, "notice supersedes", "Loyalty programme",
		"This notice is restricted to the loyalty programme and does not replace the privacy policy of our parent company.",
		"This notice is restricted to the loyalty programme and supersedes the privacy policy of our parent company.", "scope")
	// When a change takes effect is the notice's, not which policy governs.
	wantOnlyCategory(t, rb, "in effect", "Changes",
		"Your information is subject to the privacy policy in effect when it was collected, and we will tell you of changes to this policy by email.",
		"Your information is subject to this privacy policy, and we may tell you of changes to this policy by email.", "!scope")
}
