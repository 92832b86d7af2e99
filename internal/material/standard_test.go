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

// TestStandardApplies: "where applicable" holds wherever the case is one
// the commitment is about; "where commercially practical" only where the
// company judges it worth it (b239-50). "where relevant" is the same
// condition; "where applicable law requires" is a condition of the law's.
func TestStandardApplies(t *testing.T) {
	runRestated(t, []restatedCase{
		{"applicable for commercially practical", "Individual rights",
			"Northwind will assist customers in fulfilling such requests where applicable.",
			"Northwind will assist customers in fulfilling such requests where commercially practical.", true},
		{"applicable for appropriate", "Individual rights",
			"Northwind will assist customers in fulfilling such requests where applicable.",
			"Northwind will assist customers in fulfilling such requests where appropriate.", true},
		{"applicable for relevant", "Individual rights",
			"Northwind will assist customers in fulfilling such requests where applicable.",
			"Northwind will assist customers in fulfilling such requests where relevant.", false},
	})
}
