package material

import "testing"

// Mends of round 74 (batches 355 to 358, written blind and first run on
// 2b40087). Each test has twins that must stay as they were.

// TestHarmOfAThingAdded: a harm added to what the author protects against
// with what it is done to ("or misuse of our services", b356-16) is an
// item added to the list, though its words are ordinary ones; read
// whole with another edit beside it, it was "Same commitments".
func TestHarmOfAThingAdded(t *testing.T) {
	const h = "Our legal basis for processing your personal information"
	const old = "  • Prevention of fraud: Where we are required to process your data in order to protect us and our customers from fraud or money laundering;"
	runRestated(t, []restatedCase{
		{"misuse of our services", h, old,
			"  • Prevention of fraud: Where we are required to process your data in order to protect us and our customers from fraud, money laundering or misuse of our services;", true},
		{"abuse of the platform, another edit beside it", h, old,
			"  • Prevention of fraud: Where we need to process your data to protect us and our customers from fraud, money laundering or abuse of the platform;", true},
		{"twin: the harm's object said where it was", "Security", "We protect your data from loss or misuse.",
			"We protect your data from loss or misuse of it.", false},
		{"twin: a harm restated", "Security", "We protect your data from loss, theft or misuse.",
			"We protect your data from loss, theft, or misuse.", false},
	})
}

// TestOfficerNamedOnAddressLine: a data protection officer named on the
// line of a contact block that the policy's converter made a heading
// ("## OmniCRM UK Ltd", b357-08) is who the controller's officer is (GDPR
// Art. 13(1)(b)); the company's name said another way is not.
func TestOfficerNamedOnAddressLine(t *testing.T) {
	const doc = "# Privacy Policy\n\n## 20. CONTACT INFORMATION\n\nIf you have questions about this Privacy Policy or data protection practices, please contact:\n\n%s\n\n[email protected]\n\nYou also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office\n"
	runInDoc(t, doc, []restatedCase{
		{"officer named", "", "## OmniCRM UK Ltd", "## OmniCRM UK Ltd, for the attention of our Data Protection Officer, Priya Nair", true},
		{"officer named, a plain line", "", "OmniCRM UK Ltd", "OmniCRM UK Ltd, for the attention of our Data Protection Officer, Priya Nair", true},
		{"twin: the company's name said another way", "", "## OmniCRM UK Ltd", "## OmniCRM UK Limited", false},
	})
}

// TestRunInLabel: a label put before a line or taken off ("Analytics: to
// analyze usage", "Purpose: providing access", batch 356) is a title over
// it and commits to nothing; one that names what the line does not, a
// legal basis, a condition or a party is read as written.
func TestRunInLabel(t *testing.T) {
	const h = "How We Use Your Information"
	const old = "  • To analyze usage patterns and improve the Service's functionality and performance."
	runRestated(t, []restatedCase{
		{"a label of what the line says", h, old, "  • Analytics: to analyze usage patterns and improve the Service's functionality and performance.", false},
		{"a label of its kind, the verb made a noun", "Platform Operation", "To provide access to the CRM platform and its functionality.",
			"Purpose: providing access to the CRM platform and its functionality.", false},
		{"a label taken off", h, "  • Security and enforcement: to ensure security, prevent fraud and enforce our terms.",
			"  • To ensure security, prevent fraud, and enforce our terms.", false},
		{"twin: a label that names another purpose", h, old, "  • Marketing: to analyze usage patterns and improve the Service's functionality and performance.", true},
		{"twin: a label that makes it optional", h, old, "  • Optional: to analyze usage patterns and improve the Service's functionality and performance.", true},
		{"twin: a label that names a party", h, old, "  • Google: to analyze usage patterns and improve the Service's functionality and performance.", true},
		{"twin: a legal basis as the label", "Legal basis", "  • We send newsletters to subscribers.", "  • Consent: we send newsletters to subscribers.", true},
		{"twin: a purpose added after the label", h, old, "  • Analytics: to analyze usage patterns, improve the Service and show you ads.", true},
	})
}

// TestRegionItemInAddress: the county written as an item of its own
// between the town and the postcode ("Christchurch, Dorset, BH23 6NW",
// b357-01) is the same address, as "Christchurch, Dorset BH23 6NW" was;
// another town, or another postcode, is not.
func TestRegionItemInAddress(t *testing.T) {
	const h = "1. COMPANY INFORMATION"
	const old = "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, BH23 6NW, United Kingdom"
	runRestated(t, []restatedCase{
		{"county put in", h, old, "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, Dorset, BH23 6NW, United Kingdom", false},
		{"county taken out", h, "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, Dorset, BH23 6NW, United Kingdom", old, false},
		{"twin: another postcode", h, old, "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, Dorset, BH24 6NW, United Kingdom", true},
	})
	const doc = "# Privacy Policy\n\n## 1. COMPANY INFORMATION\n\nLegal Entity: OmniCRM UK Ltd\n\nRegistered Address:\n\n%s\n\nTrading Name: OmniCRM\n"
	runInDoc(t, doc, []restatedCase{
		{"county put in, in the policy", "", old, "Unit 102, Aviation Park West, Target Road, East Parley, Christchurch, Dorset, BH23 6NW, United Kingdom", false},
		{"twin: another town, in the policy", "", old, "Unit 102, Aviation Park West, Target Road, East Parley, Bournemouth, Dorset, BH23 6NW, United Kingdom", true},
	})
}
