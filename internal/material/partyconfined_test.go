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
