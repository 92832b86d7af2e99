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

// TestPeriodAsNeeded: "for as long as we need it to V" keeps data as
// long as "as needed to V" does: the necessity of one end said as a
// period. Twins: another end, and the reader's need, stay material.
// (Written before the rules were changed for b62-36.)
func TestPeriodAsNeeded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b62-36", "Data Retention",
			"We retain your personal information for as long as your account is active or as needed to provide you with the Service, comply with our legal obligations, resolve disputes, and enforce our agreements. Data related to your contacts is retained according to your subscription status and applicable terms.",
			"We keep your personal information while your account is active or for as long as we need it to provide you with the Service, comply with our legal obligations, resolve disputes and enforce our agreements. How long we keep data related to your contacts depends on your subscription status and the applicable terms.", false},
		{"call recordings, as needed → as long as we need them", "How long we keep your data",
			"We keep call recordings as needed to resolve complaints.",
			"We keep call recordings for as long as we need them to resolve complaints.", false},
		{"support tickets, as long as we need them → as needed", "How long we keep your data",
			"We retain support tickets for as long as we need them for quality assurance.",
			"We retain support tickets as needed for quality assurance.", false},

		{"twin: another end", "How long we keep your data",
			"We keep call recordings as needed to resolve complaints.",
			"We keep call recordings for as long as we need them to train our staff.", true},
		{"twin: the reader's need", "How long we keep your data",
			"We keep your files as needed to provide the Service.",
			"We keep your files for as long as you need them to use the Service.", true},
	})
}

// TestPeriodAsNeededBoth: a period on both sides is compared as it stands
// ("for as long as necessary to provide" → "for as long as we need it to
// provide", b30-22).
func TestPeriodAsNeededBoth(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b30-22 shape", "How long we keep your data",
			"We retain your information in our server logs for as long as necessary to provide the Service.",
			"We keep your information in our server logs for as long as we need it to provide the Service.", false},
	})
}
