package material

import "testing"

// TestOwnOffice: the same office of the author's named another way (b48-13,
// b48-22) is the same door to knock at; a team of another company, another
// company before the office or a team given other access stays material.
func TestOwnOffice(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"What Are Your Rights Regarding Your Personal Data?", "Our Support Team will provide you with information on actions taken within one month of the date of receipt of your request.",
			"Our Customer Support department will provide you with information on actions taken within one month of the date of receipt of your request.", false}, // b48-22
		{"Questions", "You may contact us by US mail at Wolfram, Attn: Legal Department, 100 Trade Center Drive, Champaign, IL 61820-7237 USA.",
			"You may contact us by US mail at Wolfram, Attn: Office of the General Counsel, 100 Trade Center Drive, Champaign, IL 61820-7237 USA.", false}, // b48-13
		{"Your rights", "Our privacy team will answer your request within one month.", "Our data protection office will answer your request within one month.", false},
		{"Contact", "To exercise your rights, write to Example Ltd, Attn: Privacy Office, 10 High Street, London.",
			"To exercise your rights, write to Example Ltd, Attn: Data Protection Team, 10 High Street, London.", false},
		// material twins
		{"Your rights", "Our Support Team will answer your request within one month.", "Our outsourced support partners will answer your request within one month.", true},
		{"Your rights", "Our Support Team will answer your request within one month.", "Zendesk's support team will answer your request within one month.", true},
		{"Your rights", "Our Support Team will answer your request within one month.", "The Support Team of our parent company will answer your request within one month.", true},
		{"Contact", "To exercise your rights, write to Example Ltd, Attn: Legal Department, 10 High Street, London.",
			"To exercise your rights, write to Example Ltd, Attn: Privacy Desk, Acme Outsourcing, 10 High Street, London.", true},
		{"Contact", "To exercise your rights, write to Example Ltd, Attn: Legal Department, 10 High Street, London.",
			"To exercise your rights, write to Example Ltd, Attn: Legal Department, 20 Market Road, Leeds.", true},
		{"Who can see your data", "Only our security team can access your payment details.", "Only our marketing team can access your payment details.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestOwnOfficeForUs: "contact us" said as "contact our Privacy Team", or
// "omnie implements" as "omnie's Operations team implements", names the
// same door: batch 125 read ten such edits "to confirm". Another
// company's team, a partner's, or an office named while the link the
// reader follows changes (the DPO's mailbox for a support chat, b30-13)
// stay compared.
func TestOwnOfficeForUs(t *testing.T) {
	runRestated(t, []restatedCase{
		{"us, our team", "Rights", "Contact us to exercise these rights.", "Contact our Customer Success team to exercise these rights.", false},
		{"us, our team, lower case", "Rights", "Please contact us at privacy@omnie.com.", "Please get in touch with our team at privacy@omnie.com.", false},
		{"the author, its team", "Security", "omnie implements access controls.", "omnie's Operations team implements access controls.", false},
		{"another company's team", "Security", "omnie implements access controls.", "Zendesk's Operations team implements access controls.", true},
		{"a partner's team", "Rights", "Contact us to exercise these rights.", "Contact our partner Acme's team to exercise these rights.", true},
		{"our team, the link changed", "Rights", "To exercise your rights, please contact us [here](mailto:dpo@binance.com).", "To exercise your rights, please contact our Customer Support team [here](https://www.binance.com/en/chat).", true},
	})
}
