package material

import "testing"

// TestExampleMarkerChanged: the same words joined by "including" say
// what was a limit, or a group of its own, is now a part of a larger
// whole (b41-09, b41-20), and "only" taken from one clause while another
// "only" stays lifts that clause's limit (b40-09). The same marker said
// another way, or an example added that names something new, is not this.
func TestExampleMarkerChanged(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"How We Use Your Information", "* **Communication**: To send you updates, notifications, and administrative messages related to our platform.",
			"* **Communication**: To send you updates, notifications, and administrative messages, including those related to our platform.", true},
		{"Privacy Policy", "We actively protect the privacy of users of our web sites and people who subscribe to our mailing lists.",
			"We actively protect the privacy of users of our web sites, including people who subscribe to our mailing lists.", true},
		{"Sharing", "We share your usage data, including the pages you visit, with our analytics provider.",
			"We share your usage data and the pages you visit with our analytics provider.", true},
		{"Sharing", "We share your usage data, including the pages you visit, with our analytics provider.",
			"We share your usage data, such as the pages you visit, with our analytics provider.", false},
		{"Sharing", "We share your usage data, for example the pages you visit, with our analytics provider.",
			"We share your usage data, for instance the pages you visit, with our analytics provider.", false},
		{"Other recipients", "The only exceptions are our technical support and the Austrian tax authority, but only if you choose that we report your membership fee.",
			"The only exceptions are our technical support and the Austrian tax authority, in particular if you choose that we report your membership fee.", true},
		{"Other recipients", "The only exceptions are our technical support and the Austrian tax authority, but only if you choose that we report your membership fee.",
			"The only exceptions are our technical support and the Austrian tax authority, but solely if you choose that we report your membership fee.", false},
	})
}

// TestRoleArticle: "the data controller" is the only one, "a data
// controller" one of several (b41-15); "a" for "the" elsewhere in the
// sentence stays grammar.
func TestRoleArticle(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Contact Us", "Teads is the data controller and our Data Protection Officer can be contacted by email or mail:",
			"Teads is a data controller and our Data Protection Officer can be contacted by email or mail:", true},
		{"Who we are", "Omni Software Ltd is a processor of the data you upload.", "Omni Software Ltd is the processor of the data you upload.", true},
		{"Contact Us", "Teads is the data controller and our Data Protection Officer can be contacted by email or mail:",
			"Teads is the data controller and our Data Protection Officer can be contacted by an email or mail:", false},
	})
}

// TestCaseListChanged: an ordinary word added to the list of events a
// commitment holds in ("In the event of a merger, acquisition,
// financing, …", b40-41) adds a case; the list said in another order
// does not.
func TestCaseListChanged(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Information Sharing", "- Business Transfers: In the event of a merger, acquisition, reorganization, bankruptcy, or sale of all or a portion of our assets, your information may be transferred as part of that transaction.",
			"- Business Transfers: In the event of a merger, acquisition, financing, reorganization, bankruptcy, or sale of all or a portion of our assets, your information may be transferred as part of that transaction.", true},
		{"Information Sharing", "If we are involved in a merger, acquisition or insolvency, we may transfer your data to the new owner.",
			"If we are involved in a merger, acquisition, restructuring or insolvency, we may transfer your data to the new owner.", true},
		{"Information Sharing", "- Business Transfers: In the event of a merger, acquisition, reorganization, bankruptcy, or sale of all or a portion of our assets, your information may be transferred as part of that transaction.",
			"- Business Transfers: In the event of an acquisition, merger, reorganization, bankruptcy, or sale of all or a portion of our assets, your information may be transferred as part of that transaction.", false},
	})
}

// TestNarrowingDropped: a word saying which one put before a noun of the
// commitment ("for a specific purpose" → "for our purposes", b40-30);
// one such word for another is the same.
func TestNarrowingDropped(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Our legal basis", "- Consent: You have told us you are happy for us to process your personal information for a specific purpose;",
			"- Consent: You have told us you are happy for us to process your personal information for our purposes;", true},
		{"Purposes", "We use your data for the purposes described above.", "We use your data for the specific purposes described above.", true},
		{"Our legal basis", "- Consent: You have told us you are happy for us to process your personal information for a specific purpose;",
			"- Consent: You have told us you are happy for us to process your personal information for a particular purpose;", false},
	})
}

// TestTechnicalMeasureTraded: a technical measure traded for a looser
// word WordNet relates to it is a protection gone ("in a hashed or
// encrypted form" → "encoded", b41-23).
func TestTechnicalMeasureTraded(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Privacy Policy", "*   Web browser type\n*   Email (in a hashed or encrypted form)", "*   Web browser type\n*   Email (in a hashed or encoded form)", true},
		{"Security", "We store passwords in encrypted form.", "We store passwords in an encrypted form.", false},
		{"Security", "We store passwords in encrypted form.", "We store passwords encrypted.", false},
	})
}
