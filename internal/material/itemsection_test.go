package material

import "testing"

// TestItemSection: a change in a section titled by the name of one item a
// notice gives (the legal basis, international transfers) is filed under
// that item; a title naming something else beside it, a party named, and
// a reworded sentence keep their own verdicts.
func TestItemSection(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		// From the batches.
		{"b32-26", "Legal bases for processing",
			"- **Consent:** where you have agreed to receive marketing from us.",
			"- **Consent:** where you have agreed to receive advertising and/or marketing from us.", "legal-basis"},
		{"b41-43", "International Data Transfers",
			"Clients and system data may be stored on servers located outside the European Economic Area.",
			"System data may be stored on servers located outside the European Economic Area.", "transfers"},
		// A section titled by one ground of Art. 6(1) lists what rests on
		// it (b66-22): a use put there is put on that ground.
		{"b66-22", "Legitimate Interests (Art. 6(1)(f))",
			"  • Service improvement and analytics",
			"  • Service improvement, analytics and marketing our own products to you", "legal-basis"},
		// Other wordings, not from any batch.
		{"contract ground covers offers", "Contract Performance (Art. 6(1)(b))",
			"  • Managing your account and subscription",
			"  • Managing your account and subscription and sending you offers for add-ons", "legal-basis"},
		{"consent ground covers surveys", "Consent",
			"  • Marketing communications and newsletters",
			"  • Marketing communications, newsletters and research surveys", "legal-basis"},
		{"transfer safeguard dropped", "Cross-border transfers of personal data",
			"When our suppliers handle your data outside the UK, we require them to sign the standard contractual clauses and we check their security every year.",
			"When our suppliers handle your data outside the UK, we require them to sign the standard contractual clauses.", "transfers"},
		{"basis covers more uses", "Our lawful basis for processing your personal information",
			"- To deliver your orders and to take payment.",
			"- To deliver your orders, to take payment and to send you our newsletter.", "legal-basis"},
		{"basis list names a sharing", "Legal grounds",
			"- To answer your questions when you write to our support team.",
			"- To answer your questions when you write to our support team, and to pass them to our resellers.", "legal-basis"},
		{"numbered transfer title", "8. International transfers",
			"Our support staff abroad may read the tickets you send us.",
			"Our support staff abroad may read the tickets you send us and your order history.", "transfers"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// Twins that keep their own category: a title naming another item
	// beside the basis, a particular basis, and a recipient newly named.
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"use and basis title", "How we use your information and our legal bases for using it",
			"We use your address to deliver your orders.",
			"We use your address to deliver your orders and to send you catalogues.", "purposes"},
		{"an AI use under a ground", "Legitimate Interests (Art. 6(1)(f))",
			"  • Service improvement and analytics",
			"  • Service improvement, analytics and training our AI models on your chats", "ai"},
		{"a ground beside another title", "Consent and cookies",
			"We ask before we place analytics cookies.",
			"We ask before we place analytics and advertising cookies.", "cookies"},
		{"a basis named in the title", "Legal basis: Legal obligation",
			"We keep your invoices for six years.",
			"We keep your invoices for ten years.", "retention"},
		{"a period under transfers", "International Data Transfers",
			"We keep the statistical reports made from this data for 12 months.",
			"We keep the statistical reports made from this data for as long as we need them.", "retention"},
		{"a destination under a basis", "Our legal basis for processing your personal information",
			"We rely on your consent to send your usage data to our analytics provider.",
			"We rely on your consent to send your usage data to our analytics provider in India.", "transfers"},
		{"recipient named under transfers", "International Data Transfers",
			"We use Amazon Web Services in the United States to host your data.",
			"We use Amazon Web Services and Snowflake in the United States to host your data.", "!transfers"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// A sentence reworded with the same commitments stays minor.
	if rep, _, why := judgeEdit(rb, "International Data Transfers",
		"We transfer your data to the United States under the standard contractual clauses.",
		"Your data is transferred to the United States under the standard contractual clauses."); rep.Material {
		t.Errorf("reworded transfer: material, want minor: %v", why)
	}
	// So does a use of a ground reworded (b66-22's minor twin).
	if rep, _, why := judgeEdit(rb, "Legitimate Interests (Art. 6(1)(f))",
		"  • Security monitoring and fraud prevention",
		"  • Monitoring security and preventing fraud"); rep.Material {
		t.Errorf("reworded use under a ground: material, want minor: %v", why)
	}
}
