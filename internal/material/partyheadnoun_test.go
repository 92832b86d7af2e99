package material

import "testing"

// TestPartyHeadNounColumn: a table column whose header ends in a noun of
// parties, singular or plural, is a column of parties whatever the words
// before the noun name: "Data Processor", "Analytics Partner",
// "Hosting Company". A row added under it, or a name swapped in it, is a
// recipient, though the cookies heading above the table and the row's
// cells ("Advertising Information") speak of tracking. A column headed by
// a noun of another category ("Cookie Tracker") stays that category's,
// and a table that only changes what a kept party receives is still
// material. (Written for b26-09.)
func TestPartyHeadNounColumn(t *testing.T) {
	runCategories(t, []categoryCase{
		{"a Data Processor row added under a cookies heading", "Cookies and Analytics",
			"| Data Processor | Information Type Collected |\n| --- | --- |\n| [Hubspot](https://legal.hubspot.com/privacy-policy) | Form Submissions |",
			"| Data Processor | Information Type Collected |\n| --- | --- |\n| [Hubspot](https://legal.hubspot.com/privacy-policy) | Form Submissions |\n| [Reddit](https://www.reddit.com/policies/privacy-policy) | Advertising Information |", "recipients"},
		{"a processor swapped in the column", "Analytics",
			"| Data Processor | Data |\n| --- | --- |\n| Posthog | Analytical Information |\n| Dreamdata | Account Information |",
			"| Data Processor | Data |\n| --- | --- |\n| Posthog | Analytical Information |\n| Amplitude | Account Information |", "recipients"},
		{"an Analytics Partner row", "Analytics",
			"| Analytics Partner | Purpose |\n| --- | --- |\n| Posthog | Product analytics |",
			"| Analytics Partner | Purpose |\n| --- | --- |\n| Posthog | Product analytics |\n| Microsoft Clarity | Session replays |", "recipients"},
		{"twin: a column of trackers stays cookies", "Analytics",
			"| Cookie Tracker | Purpose |\n| --- | --- |\n| Hotjar | Heatmaps |",
			"| Cookie Tracker | Purpose |\n| --- | --- |\n| Hotjar | Heatmaps |\n| Mixpanel | Product analytics |", "cookies"},
	})
	rb := Builtin()
	for _, tc := range []struct{ name, old, new string }{
		{"twin: a kept processor receives more",
			"| Data Processor | Information Type Collected |\n| --- | --- |\n| Stripe | Billing Information |",
			"| Data Processor | Information Type Collected |\n| --- | --- |\n| Stripe | Billing Information, Device information |"},
	} {
		if rep, _, why := judgeEdit(rb, "Analytics", tc.old, tc.new); !rep.Material {
			t.Errorf("%s: want material: %v", tc.name, why)
		}
	}
}
