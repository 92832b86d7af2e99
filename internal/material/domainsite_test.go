package material

import "testing"

// TestDomainAsSite: a website named by its domain ("npmjs.org", "the
// npmjs.org website") and by its brand and the word "website" ("the npm
// website") is one site, where the brand begins the domain's label.
// Twins: another brand's website, the brand's websites (plural, more
// than the one site), another site added beside it, a mailbox at the
// domain made a visit to the website: all stay material.
func TestDomainAsSite(t *testing.T) {
	const h = "Cookies"
	const old = "npmjs.org uses cookies to help identify and track visitors, their usage of the npmjs.org website, and their website access credentials."
	runRestated(t, []restatedCase{
		{"domain as the brand's website", h, old,
			"The npm website uses cookies to help identify and track visitors, their usage of the npm website, and their website access credentials.", false},
		{"visitors of the domain", h,
			"npmjs.org visitors who do not wish to have cookies placed on their computers should set their browsers to refuse cookies.",
			"npm website visitors who do not wish to have cookies placed on their computers should set their browsers to refuse cookies.", false},
		{"the brand's site as its domain", "Analytics",
			"We use Google Analytics on the Example site to count visits.",
			"We use Google Analytics on example.com to count visits.", false},
		{"twin: another brand's website", h, old,
			"The GitHub website uses cookies to help identify and track visitors, their usage of the GitHub website, and their website access credentials.", true},
		{"twin: the brand's websites", h,
			"npmjs.org uses cookies to help identify and track visitors.",
			"The npm websites use cookies to help identify and track visitors.", true},
		{"twin: another site beside it", h,
			"npmjs.org uses cookies to help identify and track visitors.",
			"The npm website and our partners' sites use cookies to help identify and track visitors.", true},
		{"twin: our website, no brand", h,
			"example.com uses cookies to help identify and track visitors.",
			"Our website and apps use cookies to help identify and track visitors.", true},
		{"twin: a mailbox at the domain", h,
			"Email privacy@npmjs.com to ask about cookies.",
			"Visit the npm website to ask about cookies.", true},
	})
}

// TestDomainAsSiteRewrite: what domainAsSite writes for a domain, and
// where it leaves it alone.
func TestDomainAsSiteRewrite(t *testing.T) {
	for _, tc := range []struct{ s, other, want string }{
		{"the npmjs.org website", "the npm website", "the npm website"},
		{"npmjs.org visitors", "npm website visitors", "npm website visitors"},
		{"npmjs.org visitors", "our website visitors", "npmjs.org visitors"},
		{"see docs.npmjs.org", "see the npm website", "see docs.npmjs.org"},
		{"npmjs.org and the npm website", "npmjs.org and the npm website", "npmjs.org and the npm website"},
	} {
		if got := domainAsSite(tc.s, tc.other); got != tc.want {
			t.Errorf("domainAsSite(%q, %q) = %q, want %q", tc.s, tc.other, got, tc.want)
		}
	}
}
