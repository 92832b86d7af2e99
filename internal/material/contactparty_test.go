package material

import (
	"strings"
	"testing"
)

// TestContactParty holds what held-out pages showed: a postal address,
// a telephone number or a contact line of the author, its DPO, its
// representative or its privacy team, changed, added or removed, was read
// as a recipient ("New recipient: Attn") or a transfer ("New transfer
// destination: United Kingdom" for the country an address ends with).
// Who the controller is and how to reach it is identity (GDPR 13(1)(a),
// (b)); where the reader sends requests, rights. A party named beside an
// address in a sentence that shares data with it is a recipient still.
func TestContactParty(t *testing.T) {
	rb := Builtin()
	contact := map[string]bool{"identity": true, "rights": true}
	for _, tc := range []struct {
		name, heading, old, new string
		want                    map[string]bool
	}{
		{"a mail address given beside a telephone number (GM)", "How to contact us",
			"If you have concerns or questions regarding our privacy practices or this Privacy Statement you may contact us at 1-866-697-7482.",
			"If you have concerns or questions about our privacy practices or this Privacy Statement you may contact us at 1-866-697-7482. You may also contact Acme Privacy by mail at Attn: Acme Privacy, P.O. Box 1027, Warren, Michigan USA 48090-1027.", contact},
		{"a block of contacts added (ASUS)", "12. Contacting Us", "",
			"Attn: Personal Data Protection Committee  \nAddress: 15, Li-Te Rd., Taipei 112, Taiwan  \nEmail: privacy@example.com", contact},
		{"a DPO's office moved to another town (Microsoft)", "Microsoft Privacy Statement",
			"If you are a resident of Canada you may contact the Data Protection Officer for Canada at Microsoft, 1950 Meadowvale Blvd, Mississauga, Ontario, L5N 8L9, at +1 (416) 349 2506.",
			"If you are a resident of Canada you may contact the Data Protection Officer for Canada at Microsoft Canada Head Office, 4400-81 Bay St, Toronto, ON, M5J 0E7, at +1 (416) 349 2506.", contact},
		{"a postal address with its country added (Chayn)", "How to contact us",
			"If you would like to contact us with questions about our data protection practices, please contact us at team@example.org.",
			"If you would like to contact us with questions about our data protection practices, please contact us at privacy@example.org or by post at: Chayn CIC, 3rd Floor 86-90 Paul Street, London, EC2A 4NE, United Kingdom.", contact},
		{"a DPO's postal address added (Criteo)", "Who can you contact if you have questions?",
			"If you have any question regarding this Notice, you can contact our Data Protection Officer by email at dpo@example.com.",
			"If you have any question regarding this Notice, you can contact our Data Protection Officer by email at dpo@example.com or by postal mail at Criteo – Data Protection Office – 32 rue Blanche 75009 Paris France.", contact},
		{"the controller's office moved in its town (CrowdTangle)", "Data controller",
			"The data controller responsible for your information is Meta Platforms Ireland Ltd., which you can contact at 4 Grand Canal Square, Grand Canal Harbour, Dublin 2, Ireland.",
			"The data controller responsible for your information is Meta Platforms Ireland Ltd., which you can contact at Merrion Road, Dublin 4, D04 X2K5, Ireland.", contact},
		{"a telephone number of the privacy team changed", "Contact us",
			"You can call our privacy team on +44 20 7946 0000, Monday to Friday.",
			"You can call our privacy team on +44 20 7946 0999, Monday to Friday.", contact},
		{"the EU representative replaced", "Our representative",
			"Our representative in the European Union is VeraSafe Ireland Ltd, Unit 3D North Point House, North Point Business Park, Cork T23 AT2P, Ireland.",
			"Our representative in the European Union is DataRep Europe, 12 Northbrook Road, Ranelagh, Dublin D06 E8N9, Ireland.", contact},
		{"the author's DPO's postal address added, the country alone new", "Who can you contact if you have questions?",
			"If you have any question regarding this Notice, you can contact our Data Protection Officer by email at dpo@example.com.",
			"If you have any question regarding this Notice, you can contact our Data Protection Officer by email at dpo@example.com or by postal mail at Example Ltd – Data Protection Office – 32 rue Blanche 75009 Paris France.", contact},
		{"the author's postal block moved to another country", "Contact us",
			"You can write to us at:  \nExample Ltd  \n1 High Street  \nLondon EC1A 1BB  \nUnited Kingdom",
			"You can write to us at:  \nExample Ltd  \nRosenheimer Straße 143C  \n81671 München  \nGermany", contact},
		{"the supervisory authority's address added", "Complaints",
			"You may lodge a complaint with your supervisory authority.",
			"You may lodge a complaint with your supervisory authority, in the UK the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.", map[string]bool{"rights": true}},
		{"data stored with a host in another country stays a transfer", "Hosting",
			"Your data is stored on servers of Example Cloud Ltd, 1 High Street, London EC1A 1BB.",
			"Your data is transferred to and stored on servers of Example Cloud Ltd, 500 Market Street, San Francisco, CA 94105, United States.", map[string]bool{"transfers": true, "recipients": true}},
		{"the controller's principal office moved to another town (Mix)", "Introduction",
			`We are Mix Media Group, LLC. (**"Mix"**, **"us"**), a corporation registered under the laws of the state of Delaware in the United States with its principal office address at 660 4th Street #558, San Francisco, CA 94107, USA.`,
			`We are Mix Media Group, LLC. (**"Mix"**, **"us"**), a corporation registered under the laws of the state of Delaware in the United States with its principal office address at 7111 Santa Monica Blvd, West Hollywood, CA, 90046.`, contact},
		{"a post-office box given up for a street (Thryv)", "Contact",
			"You may also contact our Privacy Manager at PO Box 619810, DFW Airport, Texas 75261.",
			"You may also contact our Privacy Manager at 1301 Municipal Way, Suite 220, Grapevine, TX 76051.", contact},
		{"a block moved to another town, its street number last", "Contact",
			"FedEx Express Europe  \nTaurusavenue 111  \n2132 LS Hoofddorp  \nThe Netherlands",
			"FedEx Express Europe  \nSingel 542  \n1017 AZ Amsterdam  \nThe Netherlands", contact},
		{"a representative's office moved, the sentence naming it kept (CrowdTangle)", "Contact Information",
			"Our Data Protection European Representative is FB Representative Services Designated Activity Company. You can contact them at 4 Grand Canal Square, Grand Canal Harbour, Dublin 2, Ireland.",
			"Our Data Protection European Representative is FB Representative Services Designated Activity Company. You can contact them at Merrion Road, Dublin 4, D04 X2K5, Ireland.", contact},
		{"the controller's address on one line, moved to another town (GraphCMS)", "1. Name and address of the Controller",
			"GraphCMS GmbH Am Urnenfeld 35 35396 Gießen Germany", "GraphCMS GmbH Dircksenstraße 47, 10178 Berlin, Germany", contact},
		{"a block of an addressee, its Attn line and address added (LINE)", "9. Other important information", "",
			"Example Corporation  \nAttn: Data Protection Officer  \n23rd Floor JR Shinjuku Miraina Tower  \n4-1-6 Shinjuku, Shinjuku-ku, Tokyo  \n160-0022 Japan", contact},
		{"a way to write added to a list of them", "How to exercise your rights",
			"You can exercise your rights:  \n\n* By email to privacy@example.com\n* By writing to EDPO at Avenue Huart Hamoir 71, 1030 Brussels, Belgium",
			"You can exercise your rights:  \n\n* By email to privacy@example.com\n* By writing to EDPO at Avenue Huart Hamoir 71, 1030 Brussels, Belgium\n* By writing to EDPO at Ground Floor, 71 Lower Baggot Street, Dublin, D02 P593, Ireland", contact},
		{"a postal address asked of the reader stays data", "Information we collect",
			"We collect your name and email address when you sign up.",
			"We collect your name, email address and postal address (street, house number, 5 digit postcode) when you sign up.", map[string]bool{"data": true}},
		{"a processor named with its address stays a recipient", "Payment processing",
			"We share your payment details with our processor Stripe Payments Europe Ltd, 1 Grand Canal Street Lower, Dublin 2, Ireland.",
			"We share your payment details with our processor Adyen N.V., Simon Carmiggeltstraat 6-50, 1011 DJ Amsterdam, Netherlands.", map[string]bool{"recipients": true}},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		ok := rep.Material && len(cats) > 0
		for k := range cats {
			ok = ok && tc.want[k]
		}
		if !ok {
			t.Errorf("%s: material=%v, categories %v, want among %v: %s", tc.name, rep.Material, cats, tc.want, strings.Join(why, "; "))
		}
	}
	// The controller moved to another country: who it is changed, and
	// maybe where data goes; identity at least.
	rep, cats, why := judgeEdit(rb, "Who we are", "The controller of your personal data is Acme Ltd, 1 High Street, London EC1A 1BB, United Kingdom.", "The controller of your personal data is Acme Inc., 500 Market Street, San Francisco, CA 94105, United States.")
	if !rep.Material || !cats["identity"] || cats["recipients"] {
		t.Errorf("controller moved abroad: material=%v, categories %v, want identity: %s", rep.Material, cats, strings.Join(why, "; "))
	}
}

// TestAddressRewritten: an address only punctuated, capitalised or laid
// out another way (the same street, town, state and postcode) reaches the
// same door; a reader needs no notice of it.
func TestAddressRewritten(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"a state's code capitalised", "Contact us", "Write to us at Acme Inc., 200 California Street, San Francisco, Ca 94111.", "Write to us at Acme Inc., 200 California Street, San Francisco, CA 94111."},
		{"a line break moved", "Contact us", "Acme Ltd, 1 High Street,  \nLondon EC1A 1BB  \nUnited Kingdom", "Acme Ltd,  \n1 High Street, London EC1A 1BB, United Kingdom"},
		{"commas for line breaks", "Contact us", "Acme GmbH  \nMusterstraße 5  \n10115 Berlin  \nGermany", "Acme GmbH, Musterstraße 5, 10115 Berlin, Germany"},
		{"a house number after its street, in a block (b11-09)", "Contact", "FedEx Express Europe  \nTaurusavenue 111  \n2132 LS Hoofddorp  \nThe Netherlands", "FedEx Express Europe  \nTaurusavenue 125  \n2132 LS Hoofddorp  \nThe Netherlands"},
		{"a suite put after the street, a state's code in capitals", "Contact us", "Write to Acme Inc., Suite 200, 15332 Antioch Street, Los Angeles, Ca 90272.", "Write to Acme Inc., 15332 Antioch Street, Suite 200, Los Angeles, CA 90272."},
		{"a country's name added after the postcode, abbreviated", "Contact us", "Acme Inc., 200 California Street, San Francisco, CA 94111, USA", "Acme Inc., 200 California Street, San Francisco, CA 94111, U.S.A."},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material {
			t.Errorf("%s: material, want minor: %s", tc.name, strings.Join(why, "; "))
		}
	}
}
