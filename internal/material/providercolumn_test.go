package material

import "testing"

// TestPartyNounColumn: a name in a table's column headed by a noun of people
// or organisations ("Provider", "Subcontractor") is such a party,
// though the header names no category's word and the row says what it
// does ("Product analytics"): a row added is a new recipient. A column
// headed by a word of another category ("Tracker") is left to it.
// (Written before the rules were changed for b9-39.)
func TestPartyNounColumn(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b9-39", "Our service providers",
			"| Provider | Purpose | Location |\n| --- | --- | --- |\n| Stripe | Payment processing | United States |\n| Zendesk | Customer support | United States |",
			"| Provider | Purpose | Location |\n| --- | --- | --- |\n| Stripe | Payment processing | United States |\n| Zendesk | Customer support | United States |\n| Mixpanel | Product analytics | United States |", "recipients"},
		{"a vendor row for cookies", "Tools we rely on",
			"| Vendor | What it does |\n| --- | --- |\n| Zendesk | Support tickets |",
			"| Vendor | What it does |\n| --- | --- |\n| Zendesk | Support tickets |\n| Hotjar | Cookie-based heatmaps |", "recipients"},
		{"a row for analytics under Subcontractor", "Who helps us",
			"| Subcontractor | Task | Country |\n| --- | --- | --- |\n| Acme Cloud | Hosting | Germany |",
			"| Subcontractor | Task | Country |\n| --- | --- | --- |\n| Acme Cloud | Hosting | Germany |\n| Amplitude | Product analytics | Germany |", "recipients"},
		{"twin: a column of trackers stays cookies", "Analytics",
			"| Tracker | Purpose |\n| --- | --- |\n| Hotjar | Heatmaps |",
			"| Tracker | Purpose |\n| --- | --- |\n| Hotjar | Heatmaps |\n| Mixpanel | Product analytics |", "cookies"},
	})
}
