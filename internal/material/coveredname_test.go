package material

import "testing"

// TestCoveredName: a sentence saying what the policy covers that names a
// product or offering party it did not name before (or no longer names)
// changes the policy's scope or its controller (b50-36); the same
// sentence reworded with the same names stays minor.
func TestCoveredName(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, old, new, want string }{
		{"b50-36 offering party renamed",
			"This Policy describes the information we process to support Facebook, Instagram, Messenger and other products and features offered by Facebook (Facebook Products or Products).",
			"This policy describes the information that we process to support Facebook, Instagram, Messenger and other products and features offered by Meta Platforms Ireland Limited (Meta Products or Products).",
			"identity"},
		{"provider named",
			"This notice explains how we handle personal data in the Lumo apps.",
			"This notice explains how we handle personal data in the Lumo apps provided by Lumo Labs GmbH.",
			"identity"},
		{"product added",
			"This policy describes the data Notely and Calendly Pro collect.",
			"This policy describes the data Notely, Taskbird and Calendly Pro collect.",
			"scope"},
		{"product dropped",
			"This policy covers the Orbit app, Orbit Web and Beacon.",
			"This policy covers the Orbit app and Orbit Web.",
			"scope"},
		{"twin: a product whose initials are a law's abbreviation",
			"This policy describes our practices in accordance with the GDPR, the EU AI Act, and other applicable privacy laws.",
			"This policy describes our practices in accordance with the GDPR, the EU AI Act, and other applicable privacy laws, and covers the Acme Insights (AI) platform.",
			"scope"},
		{"twin: a law written out, and a product added",
			"This policy describes our practices in accordance with the GDPR, the EU AI Act, and other applicable privacy laws.",
			"This policy describes our practices in accordance with the GDPR, the EU Artificial Intelligence Act (AI Act), and other applicable privacy laws, and covers Orbit Web.",
			"scope"},
	} {
		wantOnlyCategory(t, rb, tc.name, "About this policy", tc.old, tc.new, tc.want)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"same names reworded",
			"This Policy describes the information we process to support Facebook, Instagram and other products offered by Facebook.",
			"This policy describes the information that we process to support Facebook, Instagram and other products and features offered by Facebook."},
		{"capitalised common words",
			"This policy explains how we collect and use personal data on our Sites.",
			"This Privacy Policy explains how we collect and use personal data on our Websites and Apps."},
		{"github-102: a practice on the site dropped",
			"This page details our subprocessors, how we use cookies, and where and how we perform any tracking on GitHub.",
			"This page details our subprocessors, and how we use cookies."},
		{"b80-22 a law's abbreviation written out, glossed",
			"We take your privacy seriously. This policy describes our practices in accordance with the General Data Protection Regulation (GDPR), the California Consumer Privacy Act (CCPA/CPRA), the EU AI Act, and other applicable privacy laws. We only collect data necessary to provide our services and we never sell your personal information.",
			"We take your privacy seriously. This policy describes our practices in accordance with the General Data Protection Regulation (GDPR), the California Consumer Privacy Act (CCPA/CPRA), the EU Artificial Intelligence Act (AI Act), and other applicable privacy laws. We only collect data necessary to provide our services and we never sell your personal information."},
		{"the same names reordered",
			"This notice describes the information we collect through Amazon websites, devices, products, services, online and physical stores.",
			"This notice describes the information we collect through Amazon products, services, stores, website and physical locations and devices."},
	} {
		if rep, _, why := judgeEdit(rb, "About this policy", tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
