package material

import "testing"

// TestGlossAcronym: an acronym in brackets after the words it abbreviates
// ("Certificate Status (OCSP)") labels the same thing; dropped or added
// while the words stay, it names no party. A name in brackets after words
// it does not abbreviate names who it is: "our analytics provider
// (Mixpanel)", "our hosting provider (AWS)" added is a new recipient, and
// the acronym dropped with its words is still a change. (Written for
// b25-29.)
func TestGlossAcronym(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b25-29", "What rights do European Economic Area relying parties, subscribers, and visitors have under GDPR, and how can I exercise them?",
			"**Purpose:** Providing Certificate Status (OCSP) Information",
			"**Purpose:** Providing Certificate Status Information", false},
		{"an acronym added after its words", "Security",
			"We store backups with Server Side Encryption.",
			"We store backups with Server Side Encryption (SSE).", false},
		{"a provider named in brackets", "Sharing",
			"We share usage data with our analytics provider.",
			"We share usage data with our analytics provider (Mixpanel).", true},
		{"a provider in capitals in brackets", "Sharing",
			"We store your files with our hosting provider.",
			"We store your files with our hosting provider (AWS).", true},
		{"an acronym in brackets after words it does not abbreviate, dropped", "Sharing",
			"We share usage data with our Measurement Partner (ACME).",
			"We share usage data with our Measurement Partner.", true},
		// Words in lower case, hyphenated, and an acronym in the plural
		// (b222-09, b222-03).
		{"a plural acronym after its hyphenated words", "Access",
			"All staff are subject to contractual non-disclosure agreements.",
			"All staff are subject to contractual non-disclosure agreements (NDAs).", false},
		{"an acronym after hyphenated words in lower case", "Access Controls",
			"We use role-based access control.",
			"We use role-based access control (RBAC).", false},
		{"twin: a plural acronym after words it does not spell", "Access",
			"All staff are subject to contractual non-disclosure agreements.",
			"All staff are subject to contractual non-disclosure agreements (DPAs).", true},
	})
}
