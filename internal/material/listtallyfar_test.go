package material

import "testing"

// TestListTallyFar: a list and its lead-in written as one sentence, the
// count of its items standing a few words before the colon ("disclosed
// three categories of PI for a business purpose: a, b, and c"), only sums
// the items (b55-05, read "three added"). Twins: a count the items do not
// bear out, and the same shape dropping a condition from an item
// (b55-06): material.
func TestListTallyFar(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b55-05", "Disclosures of Your Information",
			"In the past 12 months, we have disclosed the following categories of PI for a business purpose:\n\n*   Identifiers\n*   California Customer Records PI categories\n*   Internet or other similar network activity",
			"In the past 12 months, we have disclosed three categories of PI for a business purpose: identifiers, California Customer Records PI categories, and Internet or other similar network activity.", false},
		{"three kinds of cookies, in prose", "Cookies",
			"We use the following kinds of cookies on this site: strictly necessary cookies, preference cookies and analytics cookies.",
			"We use three kinds of cookies on this site: strictly necessary cookies, preference cookies and analytics cookies.", false},
		{"twin: three kinds, one dropped", "Cookies",
			"We use the following kinds of cookies on this site: strictly necessary cookies, preference cookies and analytics cookies.",
			"We use three kinds of cookies on this site: strictly necessary cookies and preference cookies.", true},
		{"twin: count not borne out", "Sale of personal information",
			"We have sold the following categories of personal information to advertising partners:\n\n*   Identifiers\n*   Geolocation data",
			"We have sold three categories of personal information to advertising partners: identifiers and geolocation data.", true},
		{"twin: b55-06, a condition dropped", "Disclosures of Your Information",
			"We disclose your PI for a business purpose to the following categories of third parties:\n\n*   Our affiliates\n*   Service providers\n*   Third parties to whom you or your agents authorize us to disclose your PI in connection with products or Services we provide to you",
			"We disclose your PI for a business purpose to our affiliates, to service providers and to third parties in connection with products or Services we provide to you.", true},
	})
}
