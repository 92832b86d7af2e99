package material

import "testing"

// TestGroundMadeAlternative: a phrase saying why or when a commitment
// holds, joined to it by "or" (or "and"), becomes a second case of its
// own: "Audit Logs: 24 months as required by regulations" → "24 months
// or as required by regulations" (b45-39), which may be longer. The
// phrase set off by a comma, or said in other words, is the same ground.
func TestGroundMadeAlternative(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Retention", "We keep invoices for seven years where tax law requires it.",
			"We keep invoices for seven years or where tax law requires it.", true},
		{"Sharing", "We share your address with couriers when you place an order.",
			"We share your address with couriers and when you place an order.", true},
		{"Retention", "- Support tickets: 12 months or as needed to resolve disputes",
			"- Support tickets: 12 months as needed to resolve disputes", true},
		// The same ground, set off or reworded.
		{"Data Retention", "- Audit Logs: 24 months as required by regulations",
			"- Audit Logs: 24 months, as required by regulations", false},
		{"Data Retention", "- Audit Logs: 24 months as required by regulations",
			"- Audit Logs: 24 months as regulations require", false},
	})
}
