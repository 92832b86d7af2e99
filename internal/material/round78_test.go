package material

import "testing"

// Mends of round 78 (batches 371 to 374, written blind and first run on
// round 77's mends). Each test has twins that must stay as they were.

// TestSharingClauseAdded: a clause added that gives data to a party ("and
// share your location with our advertising partners", b371-09) names a
// recipient, whatever the section it is added in says the sentence is
// about (under the title of a legal ground it is what the ground covers:
// TestItemSection). Twins: a purpose added with no party names no
// recipient; a use added under a legal ground's title stays that ground's.
func TestSharingClauseAdded(t *testing.T) {
	runCategories(t, []categoryCase{
		{"an item of the purposes of cookies", "How We Use Cookies",
			"These cookies help us measure campaign reach and improve our advertising.",
			"These cookies help us measure campaign reach and improve our advertising, and pass your device identifier to our media agency.", "recipients"},
		{"a party added to the sentence's verb of giving", "Sharing",
			"  • With Your Consent: We may share your information for other purposes with your explicit consent.",
			"  • With Your Consent: We may share your information for other purposes with your explicit consent, and with insurers who quote for you.", "recipients"},
	})
	runTwins(t, []categoryCase{
		{"twin: a purpose added, no party", "How We Use Cookies",
			"These cookies help us measure campaign reach and improve our advertising.",
			"These cookies help us measure campaign reach and improve our advertising, and tailor the offers we show to you.", "!recipients"},
		{"twin: a use under a legal ground's title", "Legitimate interests",
			"  • Fraud prevention and security",
			"  • Fraud prevention and security, and checking payments for abuse", "legal-basis"},
	})
}

// TestCollectionSectionCategory: under a title of the data collected
// ("Information You Provide", "What sorts of personal information do we
// hold?"), an item or clause added is which data is collected (b373-21,
// b374-12, b372-22), whatever words of scope, rights or purposes it is
// written in. Twins: an act added to what is done with the data, or a
// purpose added after its "for", stays a purpose; a title that names a
// use beside the collecting is read as before; a period stays retention.
func TestCollectionSectionCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"an item of what the reader provides", "Information You Provide",
			"  • Survey answers and feedback",
			"  • Survey answers, feedback and recordings of your calls with our sales team", "data"},
		{"a clause of what is held", "What personal data do we hold?",
			"  • Details of how you use our apps and when you use them.",
			"  • Details of how you use our apps and when you use them, including while they run in the background.", "data"},
		{"an act of getting data traded", "Information Collected Automatically",
			"  • Usage Data: such as features accessed, time spent, IP address and browser type",
			"  • Usage Data: such as the features you open, the time you spend, where you click and scroll, your IP address and browser type", "data"},
		{"an item of what is collected automatically", "2. Information Collected Automatically",
			"  • Pages viewed and links clicked",
			"  • Pages viewed, links clicked and the time you spend reading each help article", "data"},
	})
	runTwins(t, []categoryCase{
		{"twin: a title that names a use too", "How we collect and use your information",
			"We use your contact details to answer your questions.",
			"We use your contact details to answer your questions and to send you offers from our partners.", "!data"},
		{"twin: a purpose added after its 'for'", "Information Collected Automatically",
			"  • Screen size and browser version (for layout)",
			"  • Screen size and browser version (for layout and advertising)", "purposes"},
		{"twin: a period", "Information We Collect",
			"  • Call recordings",
			"  • Call recordings, kept for two years", "retention"},
	})
}

// TestDenialQualifierKept: an adverb that qualifies a denial, written as
// a phrase of the same force elsewhere in the clause ("does not
// independently store" → "does not store … on its own", b372-44), denies
// the same. Twins: the qualifier dropped, or put where there was none,
// changes what is denied.
func TestDenialQualifierKept(t *testing.T) {
	const h = "Data we process for clients"
	runRestated(t, []restatedCase{
		{"the qualifier moved into a phrase", h, "The agency does not independently retain candidate files after a placement.", "The agency does not retain candidate files by itself after a placement.", false},
		{"twin: the qualifier dropped", h, "The agency does not independently retain candidate files after a placement.", "The agency does not retain candidate files after a placement.", true},
		{"twin: a qualifier put", h, "The agency does not retain candidate files after a placement.", "The agency does not retain candidate files on its own after a placement.", true},
	})
}

// TestMostAfterVerb: "most" after a verb says how much of the verb is
// done ("which features are used most", b371-35), no quantifier over what
// the commitment covers. Twins: "most" before a noun or "of" still is.
func TestMostAfterVerb(t *testing.T) {
	const h = "How we use your information"
	runRestated(t, []restatedCase{
		{"an example with 'most' after its verb", h, "  • To analyze usage patterns and improve the Service's functionality and performance.", "  • To analyze usage patterns (such as which reports are exported most) and improve the Service's functionality and performance.", false},
		{"twin: most of", "Retention", "We delete your messages when you close your account.", "We delete most of your messages when you close your account.", true},
		{"twin: most before a noun", "Retention", "We delete your messages when you close your account.", "We delete most messages when you close your account.", true},
	})
}

// TestRetentionSectionCategory: under a title of how long data is kept
// ("Data Retention", "How long will we keep your personal information
// for?"), a change is a term of keeping (b373-18, b371-28), whatever words
// of scope, data or security it is written in. Twins: a title that names
// another item beside it, or keeps something else, is read as before.
func TestRetentionSectionCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"a period for a kind of data", "8. Data Retention",
			"  • Billing records: 7 years",
			"  • Billing records: 7 years (device fingerprints: 3 years)", "retention"},
		{"an event the period runs from", "How long do we keep your information?",
			"We keep your information for 2 years after your last order.",
			"We keep your information for 2 years after your last order or after a declined loan application.", "retention"},
		{"a kind of data put beside another", "Retention of personal data",
			"  • Account data: for the life of the account",
			"  • Account data and security camera footage: for the life of the account", "retention"},
	})
	runTwins(t, []categoryCase{
		{"twin: a title keeping something else", "Keeping you informed about our products",
			"We send you news about our products if you ask us to.",
			"We send you news about our products and our partners' offers if you ask us to.", "!retention"},
	})
}

// TestRightsSectionCategory: under a title of the reader's rights ("Your
// rights", "Individual Rights"), a change alters a right (b62-15,
// b179-49), whatever words of legal bases, identity or age it is written
// in. Twin: a period stays retention.
func TestRightsSectionCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"withdrawing consent made harder", "Your rights",
			"Where we rely on your consent, you may withdraw it at any time.",
			"Where we rely on your consent, you may withdraw it at any time by sending a signed letter to our head office.", "rights"},
		{"the rights limited by age", "5. Individual Rights",
			"Individuals may request access to their data.",
			"Individuals aged 18 or over may request access to their data.", "rights"},
	})
	runTwins(t, []categoryCase{
		{"twin: a period", "Your rights",
			"We answer requests promptly and keep a record of each request.",
			"We answer requests promptly and keep a record of each request for six years.", "!rights"},
	})
}

// TestSharingSectionCategory: under a title of the sharing of data ("Data
// Sharing", "Who might we share your personal information with?"), a
// party added (b104-49) or more data given to one (b104-17) is a change of
// recipients, whatever words of rights or data it is written in. Twins:
// the consent data is shared on stays a legal basis; an age stays the
// children's.
func TestSharingSectionCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"a party added to whom a request's data goes", "Data Sharing",
			"We share this data only with the client associated with the request.",
			"We share this data only with the client associated with the request and its billing partners.", "recipients"},
		{"more data given to a party", "Who might we share your personal information with?",
			"  • Companies that print and post our letters for us, because they need your name and postal address.",
			"  • Companies that print and post our letters for us, because they need your name, postal address and date of birth.", "recipients"},
	})
	runTwins(t, []categoryCase{
		{"twin: the consent it is shared on", "Data Sharing",
			"We may share your information with partners with your explicit consent.",
			"We may share your information with partners with your consent.", "legal-basis"},
		{"twin: an age", "Data Sharing",
			"If you are under the age of 16, we share nothing about you with partners.",
			"If you are under the age of 13, we share nothing about you with partners.", "!recipients"},
	})
}

// TestOneItemSectionCategory: under a title of cookies, of AI or of
// security and nothing else, a change is of that item (the cookie notice,
// what the AI systems do, a safeguard), whatever words of purposes, data
// or recipients its line is written in. Twins: a party given the data and
// a purpose added under a security title, and a period under an AI title,
// keep their category.
func TestOneItemSectionCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"a use of the trackers", "Cookies and similar technologies",
			"These technologies help us count visits and improve our pages.",
			"These technologies help us count visits, improve our pages and tailor content using AI.", "cookies"},
		{"what the AI system is given", "AI Disclosure (EU AI Act Article 50)",
			"Our assistant drafts replies from the text of the ticket.",
			"Our assistant drafts replies from the text of the ticket and the customer's order history.", "ai"},
		{"what a safeguard covers", "Data Security",
			"Stored data is encrypted at rest.",
			"Stored messages are encrypted at rest.", "security"},
	})
	runTwins(t, []categoryCase{
		{"twin: a party under a security title", "Security Practices",
			"We protect your data with encryption and we share it only with our hosting provider.",
			"We protect your data with encryption and we share it only with our hosting provider and our analytics providers.", "!security"},
		{"twin: a period under an AI title", "AI Disclosure (EU AI Act Article 50)",
			"Prompts are kept for 30 days.",
			"Prompts are kept for 90 days.", "retention"},
	})
}

// runTwins checks each case names its category alone, or, for "!k", is
// material and does not name k (wantOnlyCategory).
func runTwins(t *testing.T, cases []categoryCase) {
	t.Helper()
	rb := Builtin()
	for _, tc := range cases {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.category)
	}
}
