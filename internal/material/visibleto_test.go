package material

import "testing"

// TestVisibleTo: who can see what the reader gives is whom it is
// disclosed to: "Your profile is visible only to your connections" → "…
// visible to all members of the platform" (b6-11) is recipients, no
// longer a change to confirm in words no category names. The twins keep
// their verdict: what is visible changed, before the audience, and a
// change that names its own category.
func TestVisibleTo(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Who can see your information", "Your profile is visible only to your connections.",
			"Your profile is visible to all members of the platform.", "recipients"},
		{"Your posts", "Your posts can be seen only by your followers.",
			"Your posts can be seen by anyone.", "recipients"},
		// twins: what is visible changed; another category named
		{"Your profile", "Your profile photo is visible to your connections.",
			"Your profile photo and your date of birth are visible to your connections.", "data"},
		{"Who can see your information", "Your profile is visible only to your connections.",
			"Your profile is visible only to your connections and is kept for 30 days after you close your account.", "!recipients"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
