package material

import "testing"

// TestMovedLeadIn: a list item moved unchanged between lists whose lead-in
// lines name different kinds is of the other kind (rt2's probe of the
// OmniOps seed: an optional integration moved under "Core services
// (always active):"). Twins: a move between lists whose lead-ins name the
// same kind, or none, stays cosmetic.
func TestMovedLeadIn(t *testing.T) {
	rb := Builtin()
	doc := func(core, optional []string) string {
		s := "# Privacy Policy\n\n## Third-Party Services\n\nWe integrate with the following third-party services.\n\nCore services (always active):\n\n"
		for _, x := range core {
			s += "- " + x + "\n"
		}
		s += "\nOptional integrations (when enabled by you):\n\n"
		for _, x := range optional {
			s += "- " + x + "\n"
		}
		return s + "\n## Contact\n\nWrite to privacy@example.com.\n"
	}
	const (
		stripe  = "Stripe — Payment processing."
		sentry  = "Sentry — Error monitoring."
		shopify = "Shopify — E-commerce product integration. Uses OAuth for secure authorization."
		slack   = "Slack — Team notifications (when enabled)"
	)
	for _, tc := range []struct {
		name             string
		old, new         string
		material         bool
		wantCategoryWord string
	}{
		{"optional → always active", doc([]string{stripe, sentry}, []string{shopify, slack}), doc([]string{stripe, sentry, shopify}, []string{slack}), true, "recipients"},
		{"always active → optional", doc([]string{stripe, sentry}, []string{shopify, slack}), doc([]string{stripe}, []string{sentry, shopify, slack}), true, "recipients"},
		{"twin: reordered within a list", doc([]string{stripe, sentry}, []string{shopify, slack}), doc([]string{sentry, stripe}, []string{shopify, slack}), false, ""},
	} {
		rep, cats, why := judgeText(rb, tc.old, tc.new)
		if rep.Material != tc.material || tc.material && !cats[tc.wantCategoryWord] {
			t.Errorf("%s: material=%v %v, want %v %s: %v", tc.name, rep.Material, cats, tc.material, tc.wantCategoryWord, why)
		}
	}
	// Lead-ins of the same kind: a move between two lists of optional
	// things.
	same := func(a, b []string) string {
		s := "# Privacy Policy\n\n## Integrations\n\nOptional integrations for stores (when enabled by you):\n\n"
		for _, x := range a {
			s += "- " + x + "\n"
		}
		s += "\nOptional integrations for teams (when enabled by you):\n\n"
		for _, x := range b {
			s += "- " + x + "\n"
		}
		return s + "\n## Contact\n\nWrite to privacy@example.com.\n"
	}
	if rep, _, why := judgeText(rb, same([]string{shopify, stripe}, []string{slack}), same([]string{stripe}, []string{slack, shopify})); rep.Material {
		t.Errorf("twin: same kind: material, want minor: %v", why)
	}
}
