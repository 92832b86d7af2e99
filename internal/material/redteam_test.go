package material

import "testing"

// TestRecallRedTeam: the misses of blind batch 27, a red team of subtle
// material edits, each as a family with minor twins.
//   - An adjective put to, or taken from, a noun of the commitment's own
//     vocabulary says which of them: "relevant marketing" → "marketing"
//     (b27-34); "we do not collect location data" → "… precise location
//     data" (b27-43). Praise picks out nothing: "trusted partners".
//   - The same words, a denial on another verb: "We do not use AI to make
//     decisions that have legal effects" → "We use AI to make decisions
//     that do not have legal effects" (b27-39).
//   - Words that open a list of examples are no typo: "a payment
//     processor, Stripe" → "payment processors, such as Stripe" (b27-03).
//   - A word of degree put to the changes a notice is owed for: "of the
//     above-mentioned changes" → "of significant changes" (b27-10).
func TestRecallRedTeam(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Retention", "Data submitted via contact forms may be retained for customer service, relevant marketing and business record purposes.",
			"Data submitted via contact forms may be retained for customer service, marketing and business record purposes.", true},
		{"Mobile app", "We do not collect location data, contacts, photos, or other device data beyond what is listed above.",
			"We do not collect precise location data, contacts, photos, or other device data beyond what is listed above.", true},
		{"Sharing", "We share your order details with our trusted delivery partners.",
			"We share your order details with our delivery partners.", false},
		{"AI", "We do not use AI to make automated decisions that have legal or similarly significant effects on you.",
			"We use AI to make automated decisions that do not have legal or similarly significant effects on you.", true},
		{"AI", "We do not use AI to make automated decisions that have legal or similarly significant effects on you.",
			"We do not use AI to make automated decisions that have similarly significant or legal effects on you.", false},
		{"Payments", "If you buy a plan, we will transmit your payment information to a third-party payment processor, Stripe.",
			"If you buy a plan, we will transmit your payment information to third-party payment processors, such as Stripe.", true},
		{"Payments", "If you buy a plan, we will transmit your payment information to a third-party payment processer, Stripe.",
			"If you buy a plan, we will transmit your payment information to a third-party payment processor, Stripe.", false},
		{"Changes", "We may modify this policy at any time. Notifications of the above-mentioned changes will be sent to you by email.",
			"We may modify this policy at any time. Notifications of significant changes will be sent to you by email.", true},
		{"Changes", "We may modify this policy at any time. We will notify you of material changes by email.",
			"We may modify this policy at any time. We will notify you of changes by email.", true},
		{"Changes", "We may modify this policy at any time. We will notify you of material changes by email.",
			"We may modify this policy at any time. We will notify you by email of any material changes.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestOneDenialOneDeadline: "neither rent nor sell" is one denial, as
// "do not rent or sell" is (b27-12); "within a maximum of ninety days" is
// one deadline, as "within ninety days at the latest" is (b27-16). A
// denial lifted and a deadline moved stay material.
func TestOneDenialOneDeadline(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Sharing", "We neither rent nor sell your personal information to third parties.",
			"We do not rent or sell your personal information to third parties.", false},
		{"Sharing", "We do not rent or sell your personal information to third parties.",
			"We neither rent nor sell your personal information to third parties.", false},
		{"Sharing", "We neither rent nor sell your personal information to third parties.",
			"We rent or sell your personal information to third parties.", true},
		{"Sharing", "We neither rent nor sell your personal information to third parties.",
			"We do not rent your personal information to third parties.", true},
		{"Retention", "Backups are deleted within a maximum of ninety (90) days.",
			"Backups are deleted within ninety (90) days at the latest.", false},
		{"Retention", "Backups are deleted within a maximum of ninety (90) days.",
			"Backups are deleted after ninety (90) days.", true},
		{"Retention", "Backups are deleted within a maximum of ninety (90) days.",
			"Backups are deleted within one hundred and twenty (120) days at the latest.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
