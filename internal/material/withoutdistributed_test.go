package material

import "testing"

// TestWithoutDistributed: "without A and without B" denies what "without
// A or B" does, neither being done: "Users can browse the Site without
// logging in or actively providing any Personal Information" → "You can
// browse the Site without logging in and without actively providing …"
// (b45-10). "without A or without B" (one may be done) and a denial
// dropped are other commitments.
func TestWithoutDistributed(t *testing.T) {
	const h = "Information We Collect"
	const old = "You can read our articles without creating an account or giving us your email address."
	checkMaterial(t, []materialCase{
		{h, old, "You can read our articles without creating an account and without giving us your email address.", false},
		{"Sharing", "We never share your contacts without telling you and without your consent.",
			"We never share your contacts without telling you or your consent.", false},
		// Another condition, or a denial dropped.
		{h, old, "You can read our articles without creating an account or without giving us your email address.", true},
		{h, old, "You can read our articles without creating an account and giving us your email address.", true},
	})
}
