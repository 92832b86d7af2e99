package material

import "testing"

// TestKeptForPurpose: what data is kept for is a purpose (GDPR Art.
// 13(1)(c)), however the sentence keeps it. A change of a few words in a
// retention sentence's "for" phrase of a purpose, no period, is the
// purposes' category: "upon authorities' request, for instance" → "upon
// authorities' request or for training our staff" (b35-10), "2 years for
// legal compliance" → "2 years, including for legal compliance" (b34-31),
// "for customer service, relevant marketing and business record
// purposes" losing "relevant" (b27-34). The twins stay retention: a
// period changed ("for 30 days", "for as long as"), a way of keeping
// ("deleted" → "anonymised"), and a "for" of whom.
func TestKeptForPurpose(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"How long we keep your data", "Information may be stored for a longer time if necessary (upon a court's request, for instance).",
			"Information may be stored for a longer time if necessary (upon a court's request or for improving our products, for instance).", "purposes"},
		{"Retention periods", "- Order Data: Duration of the order plus 3 years for fraud prevention",
			"- Order Data: Duration of the order plus 3 years, including for fraud prevention", "purposes"},
		{"Data retention", "Support tickets may be retained for quality assurance, relevant training and audit purposes.",
			"Support tickets may be retained for quality assurance, training and audit purposes.", "purposes"},
		// twins: how long, or how data is kept, stays retention
		{"Retention", "We keep call recordings for 30 days.",
			"We keep call recordings for 90 days.", "retention"},
		{"Retention", "We keep your data for as long as your account is active.",
			"We keep your data for as long as we need it.", "retention"},
		{"Retention", "When we no longer need it for these purposes, we delete your data.",
			"When we no longer need it for these purposes, we anonymise your data.", "retention"},
		{"Retention", "We keep your data for the duration of your subscription.",
			"We keep your data for the duration of your trial.", "retention"},
		{"Retention", "Invoices are kept for three years.",
			"Invoices are kept for a minimum of three years.", "retention"},
		{"Retention", "Camera recordings are stored for one month at the maximum.",
			"Camera recordings are stored for one month at the minimum.", "retention"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
