package material

import "testing"

// TestDatelineApplies: "This Privacy Policy applies from <date>" is the
// policy's date, as "is effective from <date>" is: a new date alone is
// minor. What the policy applies to, bounded by a date, is still a
// commitment, and so is a date line that gains one. (Written for b56-25.)
func TestDatelineApplies(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b56-25", "Privacy Policy",
			"This Privacy Policy applies from 29/04/2022.",
			"This Privacy Policy applies from 13/12/2022.", false},
		{"applies as of, month name", "Privacy Policy",
			"This policy applies as of April 29, 2022.",
			"This policy applies as of December 13, 2022.", false},
		// Material twins.
		{"applies to data collected before", "Privacy Policy",
			"This Privacy Policy applies to data collected from 29/04/2022.",
			"This Privacy Policy applies to data collected from 13/12/2020.", true},
		{"applies to users from", "Privacy Policy",
			"This Privacy Policy applies from 29/04/2022 to users in the EU.",
			"This Privacy Policy applies from 13/12/2022 to all users.", true},
	})
}
