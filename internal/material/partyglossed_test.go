package material

import "testing"

// TestPartyGlossed: a party the sentence names, said again by the
// relation the reader has with it, in brackets or after a comma ending
// the sentence, names no one new (b68-42, b68-49, b69-49). Twins of the
// same words: joined by "or" or "and" (another party), a gloss whose
// noun is a term of the rulebook (a recipient), a name, a condition, the
// object of a denial glossed (what is denied may seem narrowed).
func TestPartyGlossed(t *testing.T) {
	const rights = "Individual Rights"
	const old = "Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable."
	runRestated(t, []restatedCase{
		{"b69-49", rights, old,
			"Requests should be directed to the client responsible for the data (the business whose customer you are). omnie will assist clients in fulfilling such requests where applicable.", false},
		{"b68-49", rights, old,
			"You should send your request to the client (the business you bought from) responsible for your data. omnie will assist clients in fulfilling such requests where applicable.", false},
		{"b68-42", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (a \"processor\") on behalf of its clients, the businesses whose customers we support.", false},
		{"variant: a company glossed, that", "Contact",
			"If you bought through a reseller, please contact the reseller with any questions about your data.",
			"If you bought through a reseller, please contact the reseller (the company that issued your invoice) with any questions about your data.", false},
		{"twin: or, another party", rights, old,
			"Requests should be directed to the client responsible for the data (or the business whose customer you are). omnie will assist clients in fulfilling such requests where applicable.", true},
		{"twin: and, another party", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (processor) on behalf of its clients and the businesses whose customers we support.", true},
		{"twin: a list after the comma", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (processor) on behalf of its clients, the businesses whose customers we support, and their partners.", true},
		{"twin: a recipient's noun", rights, old,
			"Requests should be directed to the client responsible for the data (the advertiser whose ads you saw). omnie will assist clients in fulfilling such requests where applicable.", true},
		{"twin: a name", rights, old,
			"Requests should be directed to the client responsible for the data (the business Shopify whose customer you are). omnie will assist clients in fulfilling such requests where applicable.", true},
		{"twin: a denial's object glossed", "Sharing",
			"We do not share data with third parties.",
			"We do not share data with third parties, the companies that we work with.", true},
		{"twin: a condition", rights, old,
			"Requests should be directed to the client responsible for the data (the business you bought from, only if it is in the EU). omnie will assist clients in fulfilling such requests where applicable.", true},
	})
}
