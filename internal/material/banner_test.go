package material

import "testing"

// TestUpdateBanner: a notice that the policy was updated, put above it or
// taken away, commits to nothing: Snapchat's "We've updated our Privacy
// Policy, effective August 15, 2023. You can view the prior Privacy
// Policy … here." read "Scope of the policy: new text" (pga-33 014).
// Twins: a sentence of what changes beside it; the new policy said to do
// a thing; a commitment to tell of updates; the notice's date changed in
// place is left to the rules of dates.
func TestUpdateBanner(t *testing.T) {
	rb := Builtin()
	const body = "We collect your email address to run your account.\n\n## Sharing\n\nWe never sell your data."
	page := func(banner string) string { return "# Privacy Policy\n\n" + banner + body + "\n" }
	for _, tc := range []struct {
		name, banner string
		material     bool
	}{
		{"pga-33 014", "We’ve updated our Privacy Policy, effective August 15, 2023.  You can view the prior Privacy Policy, which applies to all users until August 15, 2023, [here](https://values.snap.com/privacy/prior-privacy-policy).\n\n", false},
		{"comes into effect", "Our new [Privacy Policy](https://example.com/privacy-new) comes into effect on 11 November 2026.\n\n", false},
		{"a change beside it", "We are changing how we show ads to UK users. Our new [Privacy Policy for UK users](https://example.com/uk) comes into effect on 11 November 2026.\n\n", true},
		{"the new policy does a thing", "Our new Privacy Policy, effective May 1, 2026, lets us share your email address with advertisers.\n\n", true},
		{"a commitment to tell", "If we make material changes to this Privacy Policy, we will email you 30 days before they take effect.\n\n", true},
	} {
		rep, _, why := judgeText(rb, page(""), page(tc.banner))
		if rep.Material != tc.material {
			t.Errorf("%s put in: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
		rep, _, why = judgeText(rb, page(tc.banner), page(""))
		if rep.Material != tc.material {
			t.Errorf("%s taken out: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
