package material

import "testing"

// TestRightObject: what a right of the reader's covers is a term of that
// right (data-subject rights), though the words changed stand beside a
// legal basis or a purpose: "the right to object to any processing based
// on our legitimate interests" → "… in certain circumstances" (b6-16),
// "withdraw that consent at any time" → "…, in writing, at any time"
// (b30-33), "Object to processing based on legitimate interests or for
// direct marketing" → "for direct marketing" (b33-37). The twins keep
// their categories: the author's own act ("we may withdraw"), a deadline
// after the right (a number), and a purpose with no right before it.
func TestRightObject(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Your rights", "You have the right to object to any profiling based on our legitimate interests.",
			"You have the right to object to profiling based on our legitimate interests, in some cases.", "rights"},
		{"Your rights", "Where processing is based on your consent, you can withdraw that consent at any time.",
			"Where processing is based on your consent, you can withdraw that consent, in a signed letter, at any time.", "rights"},
		{"Your rights", "- Right to object: object to processing for direct marketing or based on our legitimate interests",
			"- Right to object: object to processing for direct marketing", "rights"},
		// twins
		{"How we use your data", "We rely on our legitimate interests to process your data for analytics.",
			"We rely on our legitimate interests to process your data for analytics and advertising.", "!rights"},
		{"Marketing", "We may withdraw a promotional offer sent to you based on your consent at any time.",
			"We may withdraw a promotional offer sent to you based on your consent, by email, at any time.", "!rights"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
