package material

import "testing"

// TestTermDefinition: a sentence that only defines a term, in the policy
// or in a law, added or removed whole, commits to nothing (mozilla-252's
// "personal information" defined, as a law's definition of "sale").
// Twins: a definition that says what the author collects or who the
// author is, a definition followed by an act of the author's, and the
// author's act itself, stay material.
func TestTermDefinition(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a state's definition of a term added", "Your state privacy rights",
			"Residents of some states have rights over their data.",
			"Residents of some states have rights over their data.\n\nOregon defines \"sensitive data\" as data revealing racial or ethnic origin, health or sexual orientation.", false},
		{"a law's definition, framed", "Sharing",
			"We share data with advertisers.",
			"We share data with advertisers.\n\nUnder the CCPA, \"share\" means disclosing personal information to a third party for cross-context behavioral advertising.", false},
		{"a policy's definition of a term removed", "Definitions",
			"'Trip Provider' means the provider of accommodation, transport or other travel services.\n\n'Trip Service' means the online reservation service.",
			"'Trip Service' means the online reservation service.", false},
		{"a defined term in bold, as a list item", "Definitions",
			"- **Controller** means the entity that decides why and how data is processed.",
			"- **Controller** means the entity that decides why and how data is processed.\n- **Processor** means an entity that processes data on behalf of a controller.", false},
		{"some laws define a term", "Sale of data",
			"We list the disclosures below.",
			"We list the disclosures below.\n\nSome privacy laws define “sale” broadly to include some of the data disclosures described in this policy.", false},

		{"twin: the author sells data", "Sharing",
			"We share data with advertisers.",
			"We share data with advertisers.\n\nWe sell your personal data to data brokers for monetary consideration.", true},
		{"twin: a definition that says what is collected", "Definitions",
			"We process data about candidates.",
			"We process data about candidates.\n\n\"Candidate Personal Information\" refers to any information we collect about candidates, including their health records.", true},
		{"twin: a definition of who the author is", "Definitions",
			"This notice explains how data is used.",
			"This notice explains how data is used.\n\n“We” means Acme Data Brokers Limited and its advertising partners.", true},
		{"twin: a definition of the author's group (ota Dailymotion v3)", "Definitions",
			"Zorbly runs Zorbly Mail, Zorbly Drive and Zorbly Docs; Zorbly answers for them.",
			"Zorbly runs Zorbly Mail, Zorbly Drive and Zorbly Docs; Zorbly answers for them.\n\nThe term “Zorbly Company” refers to any affiliate of Zorbly that is a subsidiary of Zorbly Group.", true},
		{"twin: a definition of the author's group, the author named in full", "Definitions",
			"Any reference to “we” refers to “Zorbly SA”. Zorbly runs Zorbly Mail, Zorbly Drive and Zorbly Docs.",
			"Any reference to “we” refers to “Zorbly SA”. Zorbly runs Zorbly Mail, Zorbly Drive and Zorbly Docs.\n\nThe term “Group Company” refers to any affiliate that is a subsidiary of Zorbly.", true},
		{"twin: a group of companies defined, the author not named in the opening", "Definitions",
			"This notice explains how data is used.",
			"This notice explains how data is used.\n\nThe term “Group Company” refers to any affiliate of Qorvex that is a subsidiary of Qorvex SA.", true},
		{"twin: a definition, then the author's act", "Sale of data",
			"We list the disclosures below.",
			"We list the disclosures below.\n\nThe CCPA defines \"sale\" as the exchange of personal data for consideration. We sell your personal data to advertisers.", true},
	})
}
