package material

import "testing"

// TestGrammarMoves: the misses of a blind batch written by an adversary
// who moved commitments by grammar alone (batch 139) and of a records
// manager's number pass (batch 141), each beside twins that stay minor.
func TestGrammarMoves(t *testing.T) {
	runRestated(t, []restatedCase{
		// "only" moved past a noun and no verb limits the thing (b139-02);
		// past its verb it limits the same phrase.
		{"b139-02", "3.2 When Customers Use the OmniCRM Platform",
			"OmniCRM processes this data only in accordance with customer instructions and contractual agreements.",
			"OmniCRM processes only this data in accordance with customer instructions and contractual agreements.", true},
		{"only past its verb", "Sharing",
			"We only share your contact details with our payment processor.",
			"We share your contact details only with our payment processor.", false},
		// What a thing does on its own is not what it does with others
		// (b139-16).
		{"b139-16", "Cookies and similar technologies",
			"Such information will not identify you personally, it is statistical data about our visitors.",
			"Such information will not on its own identify you personally, it is statistical data about our visitors.", true},
		{"on its own moved, kept", "Cookies and similar technologies",
			"Such information, on its own, will not identify you.",
			"Such information will not, by itself, identify you.", false},
		// "all" put under a denial denies less, the denial said another
		// way beside it (b139-20).
		{"b139-20", "How long will we keep your personal information for?",
			"We will never retain your personal information for longer than is necessary.",
			"We will not retain all of your personal information for longer than is necessary.", true},
		{"never said as not", "How long will we keep your personal information for?",
			"We will never retain your personal information for longer than is necessary.",
			"We will not retain your personal information for longer than is necessary.", false},
		// A promise put in the perfect reports the past (b139-30).
		{"b139-30", "Exercise Your Rights",
			"Visit our GDPR Rights Page to submit a data request. We respond to all requests within 30 days.",
			"Visit our GDPR Rights Page to submit a data request. We have responded to all requests within 30 days.", true},
		{"will delete put in the perfect", "Deletion",
			"We will delete your data within 30 days of your request.",
			"We have deleted your data within 30 days of your request.", true},
		{"will dropped, the present kept", "Deletion",
			"We will delete your data within 30 days of your request.",
			"We delete your data within 30 days of your request.", false},
		// Now and then is not mostly (b141-04); two words of one degree
		// are one.
		{"b141-04", "Data Storage",
			"Omni Software operates on occasion using servers located in the United States.",
			"Omni Software operates in most cases using servers located in the United States.", true},
		{"now and then, said another way", "Data Storage",
			"We sometimes use servers located in the United States.",
			"We occasionally use servers located in the United States.", false},
		{"mostly, said another way", "Data Storage",
			"We generally use servers located in the European Union.",
			"We usually use servers located in the European Union.", false},
	})
}
