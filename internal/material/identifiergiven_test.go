package material

import "testing"

// TestIdentifierGiven: the reference a thing already named is known by,
// added beside it, says nothing new: the point of Article 6(1) of the
// basis the sentence names (b69-15), a company's register number after
// its name (b73-12), its own name as the name it trades under (b74-29).
// Twins: a point of another basis, a register number changed (another
// company), a trading name of other words, a period or a party beside
// the reference.
func TestIdentifierGiven(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b69-15", "Our legal basis for processing your personal information",
			"  • Legal obligation: We are required to process your personal information by law.",
			"  • Legal obligation (Article 6(1)(c) UK GDPR): We are required to process your personal information by law.", false},
		{"variant: legitimate interests, cited after", "Legal basis",
			"We process your usage data on the basis of our legitimate interests in improving the Service.",
			"We process your usage data on the basis of our legitimate interests (Art. 6(1)(f) GDPR) in improving the Service.", false},
		{"variant: the citation dropped", "Legal basis",
			"Consent (Article 6(1)(a) GDPR): where you have agreed to receive our newsletter.",
			"Consent: where you have agreed to receive our newsletter.", false},
		{"twin: the point of another basis", "Our legal basis for processing your personal information",
			"  • Legal obligation: We are required to process your personal information by law.",
			"  • Legal obligation (Article 6(1)(f) UK GDPR): We are required to process your personal information by law.", true},
		{"twin: a basis cited beside no name of it", "Marketing",
			"We will send you marketing about products of the Omnis Group.",
			"We will send you marketing (Article 6(1)(a) GDPR) about products of the Omnis Group.", true},
		{"twin: a condition beside the citation", "Legal basis",
			"Legal obligation: We are required to process your personal information by law.",
			"Legal obligation (Article 6(1)(c) UK GDPR, where UK law applies): We are required to process your personal information by law.", true},
		{"b73-12", "Who are we?",
			"  • Omnis Software Ltd., First Floor Office, Carlton Park House, Carlton Park Industrial Estate, Saxmundham, Suffolk, IP17 2NL, United Kingdom",
			"  • Omnis Software Ltd. (Registered Number 1474483), First Floor Office, Carlton Park House, Carlton Park Industrial Estate, Saxmundham, Suffolk IP17 2NL, United Kingdom;", false},
		{"variant: a company number set off by commas", "Who we are",
			"OmniOps GmbH, Friedrichstraße 12, 10117 Berlin, is responsible for your data.",
			"OmniOps GmbH, Company No. HRB 123456, Friedrichstraße 12, 10117 Berlin, is responsible for your data.", false},
		{"twin: the register number changed", "Who are we?",
			"  • Omnis Software Ltd. (Registered Number 1474483), First Floor Office, Carlton Park House, Saxmundham, United Kingdom",
			"  • Omnis Software Ltd. (Registered Number 1474484), First Floor Office, Carlton Park House, Saxmundham, United Kingdom", true},
		{"twin: a period beside the name", "Who are we?",
			"Omnis Software Ltd. keeps your account data while your account is open.",
			"Omnis Software Ltd. (Registered Number 1474483) keeps your account data for 24 months after your account is closed.", true},
		{"b74-29", "Data Controller", "Omniops Ltd", "Omniops Ltd (trading as OmniOps)", false},
		{"variant: trading as, after a comma, in a sentence", "Who we are",
			"Omnis Software Ltd is the controller of your personal data.",
			"Omnis Software Ltd, trading as Omnis Software, is the controller of your personal data.", false},
		{"twin: another trading name", "Data Controller", "Omniops Ltd", "Omniops Ltd (trading as Zentrova)", true},
		{"twin: a name made longer", "Data Controller", "Omniops Ltd", "Omniops Ltd (trading as OmniOps Cloud)", true},
		{"twin: another company beside the number", "Who are we?",
			"  • Omnis Software Ltd., First Floor Office, Carlton Park House, Saxmundham, United Kingdom",
			"  • Omnis Software Ltd. (Registered Number 1474483) and Omnis Inc., First Floor Office, Carlton Park House, Saxmundham, United Kingdom", true},
	})
}
