package material

import "testing"

// TestWordsMoved: two phrases that trade places, or a number, quantifier
// or word of force moved into another clause, change what is said of
// them (b194-02, b194-08, b194-13, b194-22, b194-27, b194-28); whole
// sentences, list items, a clause set off by commas, two phrases at a
// sentence's end, in another order, or an adverb moved beside its verb,
// say the same (b194-10, b194-14, b194-26, b194-30, b194-38, b194-43,
// b2-17). Left: a word moved inside its clause to govern another verb
// ("primarily stored on AWS infrastructure located in" → "stored on AWS
// infrastructure located primarily in", b194-04).
func TestWordsMoved(t *testing.T) {
	runRestated(t, []restatedCase{
		{"all moved into the other clause", "Withdrawing Consent", "When you withdraw analytics consent, all analytics cookies are automatically removed.", "When you withdraw all analytics consent, analytics cookies are automatically removed.", true},
		{"roles traded", "3. ROLE UNDER UK GDPR", "The Customer acts as the Data Controller\nOmniCRM acts as a Data Processor", "OmniCRM acts as the Data Controller\nThe Customer acts as a Data Processor", true},
		{"deadline moved to the other clause", "14. DATA BREACH NOTIFICATION", "If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery.", "If OmniCRM becomes aware within 48 hours of discovery of a personal data breach affecting customer data, we will notify the affected customer.", true},
		{"ages swapped", "Children", "Our Service is not directed to children under 16 years of age (or 13 in jurisdictions where that is the applicable age).", "Our Service is not directed to children under 13 years of age (or 16 in jurisdictions where that is the applicable age).", true},
		{"purposes swapped between parties", "Sub-processors", "• Sentry (United States): Error monitoring\n• Resend (United States): Transactional emails", "• Sentry (United States): Transactional emails\n• Resend (United States): Error monitoring", true},

		{"condition fronted", "Rights", "Where OmniCRM acts as a Data Processor, requests may be forwarded to the relevant Data Controller.", "Requests may be forwarded to the relevant Data Controller where OmniCRM acts as a Data Processor.", false},
		{"purposes reordered", "Use", "We use your personal information for statistical analysis and to help us understand more about users of our systems.", "We use your personal information to help us understand more about users of our systems and for statistical analysis.", false},
		{"after a colon", "Retention", "• Account Data: Duration of account plus 2 years for legal compliance", "• Account Data: For legal compliance, duration of account plus 2 years", false},
		{"phrases at the end", "Changes", "We will notify you via email and/or a prominent notice on our website at least 30 days before changes take effect", "We will notify you at least 30 days before changes take effect via email and/or a prominent notice on our website", false},
		{"ways reordered", "Marketing", "You can opt out by following the unsubscribe instructions in those communications or by contacting us.", "You can opt out by contacting us or by following the unsubscribe instructions in those communications.", false},
		{"adverb beside its verb", "Security", "We will promptly notify you if a breach occurs.", "We will notify you promptly if a breach occurs.", false},
		{"date written day first", "Privacy Policy", "Last updated: February 20, 2026", "Last updated: 20 February 2026", false},
		{"compound items reordered", "Information We Collect", "We collect Account Data, Billing Data, Transaction Data and Usage Data.", "We collect Account Data, Transaction Data, Billing Data and Usage Data.", false},
		{"only moved with its clause", "Information Collected Automatically", "• Device type, browser type, and operating system — only with your analytics consent", "• Only with your analytics consent: operating system, browser type, and device type", false},
		{"a clause moved around the modal", "Your rights", "You have rights which, in certain circumstances, you may be able to exercise in relation to your data.", "You have rights which you may be able to exercise, in certain circumstances, in relation to your data.", false},
		{"acts reordered", "Role", "Clients are responsible for determining how data is collected, stored, and retained", "Clients are responsible for determining how data is stored, retained, and collected", false},
	})
}

// TestQualifierReach: a qualifier moved so that it governs another part
// of the sentence (b224's editor who moves qualifiers): from the main
// clause into its condition, between two joined verbs, after another
// item of a list, or with the items of a list trading places under it.
// Each twin moves the same words where their reach stays the same.
func TestQualifierReach(t *testing.T) {
	const breach = "If we become aware of a breach affecting your data, we will notify you within 72 hours of discovery."
	runRestated(t, []restatedCase{
		{"a deadline moved into the condition, set off by commas", "Breaches", breach, "If we become aware, within 72 hours of discovery, of a breach affecting your data, we will notify you.", true},
		{"twin: the condition moved whole", "Breaches", breach, "We will notify you within 72 hours of discovery if we become aware of a breach affecting your data.", false},
		{"a qualifier put between two joined verbs", "Retention", "- Is stored and deleted according to client policies", "- Is stored and, according to client policies, deleted", true},
		{"twin: the qualifier put before a long conjunct it already governed", "AI", "• We use several AI providers and may route your data through any active provider based on availability", "• We use several AI providers and, based on availability, may route your data through any active provider", false},
		{"twin: the qualifier fronted", "Retention", "- Is stored and deleted according to client policies", "- According to client policies, is stored and deleted", false},
		{"a period moved to one way of two", "Changes", "We will notify you by email and/or a notice on our website at least 30 days before changes take effect.", "We will notify you by email at least 30 days before changes take effect and/or a notice on our website.", true},
		{"items traded under a trailing condition", "Use", "To contact you, including sending service updates, support messages, and marketing emails (where permitted).", "To contact you, including sending service updates, marketing emails, and support messages (where permitted).", true},
		{"twin: items traded, nothing trailing", "Use", "To contact you, including sending service updates, support messages, and marketing emails.", "To contact you, including sending service updates, marketing emails, and support messages.", false},
		{"a condition in brackets moved to the first item", "Integrations", "• Google Workspace: calendar events, emails, and contacts (when you enable this integration)", "• Google Workspace: calendar events (when you enable this integration), emails, and contacts", true},
		{"an adverb moved into the condition", "Children", "If we learn that we have collected data from a child, we will delete it promptly.", "If we promptly learn that we have collected data from a child, we will delete it.", true},
		{"twin: an adverb moved beside its verb", "Children", "If we learn that we have collected data from a child, we will delete it promptly.", "If we learn that we have collected data from a child, we will promptly delete it.", false},
	})
}

// TestFrontedIntoList: a condition that opened the sentence, put inside
// a list after one of its items, is said of the items after it alone
// (b224-02, b224-16, b224-38); moved to the sentence's end, or opening a
// sentence of its own, it governs the same.
func TestFrontedIntoList(t *testing.T) {
	const o = "Depending on where you live, you may have the right to access, correct, delete or restrict your data."
	runRestated(t, []restatedCase{
		{"into the list", "Rights", o, "You may have the right to access, correct, or, depending on where you live, delete or restrict your data.", true},
		{"into the list, no subject comma", "Data", "When using our website or apps we may collect: IP address, browser type, device information, usage data.", "We may collect: IP address, browser type, device information and, when using our website or apps, usage data.", true},
		{"twin: to the sentence's end", "Rights", o, "You may have the right to access, correct, delete or restrict your data, depending on where you live.", false},
		{"twin: as and when", "Changes", "When we do so, we will update this notice.", "As and when we do so, we will update this notice.", false},
		{"twin: a word of sequence before it", "Changes", "When we do so, we will update this notice.", "Then, when we do so, we will update this notice.", false},
	})
}
