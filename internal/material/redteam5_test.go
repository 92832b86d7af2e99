package material

import "testing"

// TestRecallRedTeam5: the eight misses of the fifth recall red team
// (batch 34), each a family with its minor twins.
//   - A limit moved past a preposition ("only on behalf of the customer
//     acting as controller" → "on behalf of the customer acting only as
//     controller"), or a condition moved across "and" into the middle of
//     the other clause, limits another phrase; "only" moved past its verb,
//     or a condition moved to the front of the sentence, does not.
//   - "we will take steps" → "they will be asked to take steps": another
//     party acts. A contact in another sentence of the paragraph does not
//     make it "the same contact, reached in other words".
//   - A link's title is read as part of its sentence: "[The companies]" →
//     "[Some of the companies]" lists fewer of them.
//   - A qualifier of two words dropped from a party or taken from what is
//     the reader's: "Wholly owned subsidiaries" → "Subsidiaries", "for
//     your specific products" → "for products".
//   - Where data is anonymised changed: "(anonymized for analytics)" →
//     "(anonymized in analytics reports)".
//   - A decision handed to the author: "our customers determine … how long
//     data is retained" → "…, while we determine how long".
func TestRecallRedTeam5(t *testing.T) {
	checkMaterial(t, []materialCase{
		// a limit moved
		{"Special Category Data", "OmniCRM processes such information only on behalf of the customer acting as Data Controller.",
			"OmniCRM processes such information on behalf of the customer acting only as Data Controller.", true},
		{"Use", "We use your data only for billing and share it with our bank.",
			"We use your data for billing and share it only with our bank.", true},
		{"Transfers", "We will use appropriate safeguards for transferring your personal data out of the EEA where required and only transfer such personal data under a legally valid transfer mechanism.",
			"We will use appropriate safeguards for transferring your personal data out of the EEA and, where required, only transfer such personal data under a legally valid transfer mechanism.", true},
		{"Marketing", "We send marketing emails if you opt in and keep your address until you unsubscribe.",
			"We send marketing emails and, if you opt in, keep your address until you unsubscribe.", true},
		{"Sharing", "We only share your personal data with our service providers.",
			"We share your personal data only with our service providers.", false},
		{"Collection", "We collect your name and email address where required by law.",
			"Where required by law, we collect your name and email address.", false},
		{"Sharing", "Only with your consent will we share your data with advertisers.",
			"We will share your data with advertisers only with your consent.", false},
		// another party acts
		{"Children", "If we become aware that a child under 16 has provided us with personal information, we will take reasonable steps to delete the account. For assistance, [contact our support department](https://example.com/help).",
			"If we become aware that a child under 16 has provided us with personal information, they will be asked to take reasonable steps to delete the account. For assistance, [contact our support department](https://example.com/help).", true},
		{"Requests", "To exercise these rights, [contact our support team](https://example.com/help).",
			"To exercise these rights, [reach our support team](https://example.com/help).", false},
		// a link's title in its sentence
		{"Entrustment", "Such entrustment may include companies outside of Japan. [The companies](https://example.com/privacy/outofjapan.html) to which we entrust operations outside of Japan are listed.",
			"Such entrustment may include companies outside of Japan. [Some of the companies](https://example.com/privacy/outofjapan.html) to which we entrust operations outside of Japan are listed.", true},
		{"Entrustment", "See [the companies we work with](https://example.com/list).",
			"See [the companies that we work with](https://example.com/list).", false},
		// a qualifier of two words
		{"Sharing", "- **Wholly owned subsidiaries and foreign offices of Example Media, Inc.,** including those based in the USA and the UK",
			"- **Subsidiaries and foreign offices of Example Media, Inc.,** including those based in the USA and the UK", true},
		{"Sharing", "We share your data with our affiliates.", "We share your data with our wholly owned affiliates.", true},
		{"AI", "- Content Understanding: We crawl and index your website content to build a knowledge base for your specific products and services",
			"- Content Understanding: We crawl and index your website content to build a knowledge base for products and services", true},
		{"Sharing", "We share your data with our very trusted affiliates.", "We share your data with our affiliates.", false},
		// where data is anonymised
		{"Collected automatically", "- IP address (anonymized for analytics) — only with your analytics consent",
			"- IP address (anonymized in analytics reports) — only with your analytics consent", true},
		{"Collected automatically", "- IP address (anonymized for analytics) — only with your analytics consent",
			"- IP address (anonymised for analytics) — only with your analytics consent", false},
		{"Collected", "* PII included in aggregate data complied by Windstream",
			"* PII included in aggregate data compiled by Windstream", false},
		// a decision handed to the author
		{"Roles", "This means our customers determine: What personal data is collected, the purpose of processing, how long data is retained.",
			"This means our customers determine: What personal data is collected and the purpose of processing, while we determine how long data is retained.", true},
		{"Roles", "Our customers decide what personal data is collected and how long it is kept.",
			"Our customers decide what personal data is collected, and they decide how long it is kept.", false},
	})
}
