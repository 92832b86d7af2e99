package material

import "testing"

// TestKeptConditionIsCircumstance: a condition clause that leads the
// sentence on both sides, word for word ("Where OmniCRM acts as a Data
// Processor, …"), says when the commitment holds, not what it commits to;
// a force changed after it is filed by the words after it: "requests may
// be forwarded" → "requests will be forwarded" binds how requests are
// handled, though the clause names the company's role. Where the words
// after the clause name another category, that one stays. (Written before
// the rules were changed for b17-30.)
func TestKeptConditionIsCircumstance(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b17-30", "16. YOUR RIGHTS UNDER UK GDPR",
			"Where OmniCRM acts as a Data Processor, requests may be forwarded to the relevant Data Controller.",
			"Where OmniCRM acts as a Data Processor, requests will be forwarded to the relevant Data Controller.", "rights"},
		{"requests referred when acting as a service provider", "Your rights",
			"Where Acme acts as a service provider to a business, requests may be referred to that business.",
			"Where Acme acts as a service provider to a business, requests will be referred to that business.", "rights"},
		{"complaints answered when a subsidiary is the controller", "Complaints",
			"If one of our subsidiaries is the data controller, your complaint may be answered by that subsidiary.",
			"If one of our subsidiaries is the data controller, your complaint will be answered by that subsidiary.", "rights"},
		{"twin: sharing after a consent condition stays recipients", "Sharing",
			"Where you have given your consent, we may share your data with advertising partners.",
			"Where you have given your consent, we will share your data with advertising partners.", "recipients"},
		{"twin: the role is what changes, identity stays", "Who we are",
			"Where we act as a processor for our customers, we may also act as a controller.",
			"Where we act as a processor for our customers, we will also act as a controller.", "identity"},
	})
}
