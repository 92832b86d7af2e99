package material

import "testing"

// TestNeededWhere: an act done "as required to" reach an end is done
// "where (this is) needed to" reach it, "when necessary to", "if needed
// for": the necessity of the same end limits the act in each, said as a
// manner or as a condition (b21-41). Twins stay material: the end
// changed, the necessity traded for a choice or a permission, a
// necessity put where there was none, or one made strict.
func TestNeededWhere(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b21-41", "International Data Transfers",
			"Data may be accessed by personnel located in different jurisdictions as required to deliver services.",
			"Data may be accessed by personnel located in different jurisdictions where this is needed to deliver services.", false},
		{"b21-41, the act said in the active", "International Data Transfers",
			"Data may be accessed by personnel located in different jurisdictions as required to deliver services.",
			"Personnel based in different jurisdictions may access data where this is needed to deliver the services.", false},
		{"when necessary", "Sharing",
			"We share your contact details with couriers as necessary to deliver your order.",
			"We share your contact details with couriers when necessary to deliver your order.", false},
		{"if needed for", "Security",
			"Our engineers may access account records as needed for troubleshooting.",
			"Our engineers may access account records if needed for troubleshooting.", false},
		{"the other way", "Sharing",
			"We disclose your data to our auditors where it is necessary to meet our legal obligations.",
			"We disclose your data to our auditors as necessary to meet our legal obligations.", false},
		// Twins: still material.
		{"twin: another end", "International Data Transfers",
			"Data may be accessed by personnel located in different jurisdictions as required to deliver services.",
			"Data may be accessed by personnel located in different jurisdictions where this is needed to improve our products.", true},
		{"twin: a choice", "International Data Transfers",
			"Data may be accessed by personnel located in different jurisdictions as required to deliver services.",
			"Data may be accessed by personnel located in different jurisdictions where we choose to deliver services.", true},
		{"twin: a permission", "Sharing",
			"We share your contact details with couriers as necessary to deliver your order.",
			"We share your contact details with couriers where permitted to deliver your order.", true},
		{"twin: a necessity put in", "Sharing",
			"We share your contact details with couriers to deliver your order.",
			"We share your contact details with couriers where necessary to deliver your order.", true},
		{"twin: a necessity of data dropped, a duty of law kept", "Integrations",
			"We receive the information necessary for the integration, as required by law.",
			"We receive the information available through the integration, as required by law.", true},
		{"twin: strictly", "Sharing",
			"We share your contact details with couriers as necessary to deliver your order.",
			"We share your contact details with couriers only where strictly necessary to deliver your order.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
