package material

import "testing"

// TestPartyConfined: a denial confined to some parties denies less: "not
// in a way that would identify you personally" → "… personally to
// others" (b45-25) lets the company itself identify you. A phrase that
// names everyone stresses the denial and confines nothing.
func TestPartyConfined(t *testing.T) {
	const h = "Retention"
	const old = "Afterwards, we keep some information in aggregated form but not in a way that would identify you personally."
	checkMaterial(t, []materialCase{
		{"Analytics", "Reports are aggregated and are never linked to your name.",
			"Reports are aggregated and are never linked to your name by third parties.", true},
		{"Analytics", "We do not reveal which articles you read.",
			"We do not reveal which articles you read to anyone else.", true},
		{"Analytics", "We do not reveal which articles you read to outsiders.",
			"We do not reveal which articles you read.", true},
		{h, old, "Afterwards, we keep some information in aggregated form but not in a way that would identify you personally to anyone else.", true},
		// Everyone, named for stress.
		{h, old, "Afterwards, we keep some information in aggregated form but not in a way that would identify you personally to anyone.", false},
		{"Analytics", "We do not reveal which articles you read.",
			"We do not reveal to anyone which articles you read.", false},
	})
}

// TestPartyQualified: one word put before the parties a denial is said of
// says which parties, and the denial no longer covers the others (a miss
// of held-out batch 43, b43-32, caught after its last run).
func TestPartyQualified(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Sharing", "We will not share your contact details with companies that sell insurance.", "We will not share your contact details with unrelated companies that sell insurance.", true},
		{"Sharing", "We never disclose your browsing history to advertisers.", "We never disclose your browsing history to external advertisers.", true},
		{"Do Not Sell", "We do not sell your personal information to unaffiliated third parties.", "We do not sell your personal information to third parties.", true},
		// A determiner picks out no kind of party.
		{"Do Not Sell", "We do not sell your personal information to third parties.", "We do not sell your personal information to any third parties.", false},
	})
}
