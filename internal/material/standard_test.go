package material

import "testing"

// TestStandardChanged: a condition holding a commitment to a standard,
// traded for a standard of another kind, changes when the commitment
// holds: "opt out … where technically feasible" → "where commercially
// reasonable" (b25-41) holds no longer whenever it can be done, only when
// the company judges it worth the cost. The same kind of standard in
// other words changes nothing.
func TestStandardChanged(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"AI", "You may opt out of AI processing where technically feasible. Contact us to exercise this right.",
			"You may opt out of AI processing where commercially reasonable. Contact us to exercise this right.", true},
		{"Your rights", "We will delete your data on request if it is technically possible.",
			"We will delete your data on request if it is legally permissible.", true},
		{"Security", "We encrypt backups where reasonable.",
			"We encrypt backups where technically feasible.", true},
		// the same kind of standard
		{"AI", "You may opt out of AI processing where technically feasible. Contact us to exercise this right.",
			"You may opt out of AI processing where technically possible. Contact us to exercise this right.", false},
		// "where reasonable" → "where commercially reasonable" was held
		// the same kind here until batch 102 (b102-36, "reasonable" →
		// "commercially reasonable" measures, labelled material blind):
		// "commercially" puts the cost to the company into the standard,
		// as b25-41 above reads it (legalduty.go).
		{"Your rights", "We will correct your data where reasonable.",
			"We will correct your data where it is reasonable.", false},
		{"Your rights", "We will correct your data where reasonable.",
			"We will correct your data where commercially reasonable.", true},
	})
}
