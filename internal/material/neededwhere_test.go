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

// TestExtentOfNeed: "to the extent necessary" and "insofar as necessary"
// limit an act to what its end needs, as "as necessary" and "necessary
// to" do (b206-21, b173-36); "to the extent you consent" is a condition.
func TestExtentOfNeed(t *testing.T) {
	const o = "We only share your details as necessary to deliver your order."
	runRestated(t, []restatedCase{
		{"to the extent", "Sharing", o, "We only share your details to the extent necessary to deliver your order.", false},
		{"insofar as", "Sharing", o, "We only share your details insofar as necessary to deliver your order.", false},
		{"to the extent you consent", "Sharing", o, "We only share your details to the extent you consent, to deliver your order.", true},
	})
}

// TestToPromote: "to promote" a product is a purpose of its own, put
// beside the one a legal basis covers ("to provide, or to promote, one of
// our products", b210-13); promoting said as an example of marketing
// already named is not new (b79-44).
func TestToPromote(t *testing.T) {
	const o = "  • Contract: we need your details in order to be able to provide you with one of our subscriptions."
	runRestated(t, []restatedCase{
		{"or to promote", "Legal basis", o, "  • Contract: we need your details to provide, or to promote, one of our subscriptions.", true},
		{"provide restated", "Legal basis", o, "  • Contract: we need your details to provide one of our subscriptions.", false},
	})
}

// TestReassuringParties: "trusted", "vetted" or "reputable" said of the
// parties a text already names picks out no fewer of them (b209-13,
// b209-34); a party put beside them is still new (b117-42).
func TestReassuringParties(t *testing.T) {
	const o = "We share your booking details with third-party hotels to confirm your stay."
	runRestated(t, []restatedCase{
		{"vetted", "Sharing", o, "We share your booking details with vetted third-party hotels to confirm your stay.", false},
		{"trusted", "Sharing", o, "We share your booking details with trusted third-party hotels to confirm your stay.", false},
		{"a party beside them", "Sharing", o, "We share your booking details with third-party hotels and vetted travel agents to confirm your stay.", true},
	})
}

// TestUSNames: a "mailing address" is a "postal address", a "business
// name" a "company name" (b208-02, b208-32); a kind of data put beside
// them is still new.
func TestUSNames(t *testing.T) {
	const o = "When you order, we collect your name, postal address and company name."
	runRestated(t, []restatedCase{
		{"mailing address", "What we collect", o, "When you order, we collect your name, mailing address and company name.", false},
		{"business name", "What we collect", o, "When you order, we collect your name, postal address and business name.", false},
		{"date of birth beside them", "What we collect", o, "When you order, we collect your name, mailing address, date of birth and company name.", true},
	})
}
