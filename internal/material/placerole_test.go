package material

import "testing"

// TestPlaceRoleCategory: a place changed in a sentence about something
// else is filed under what the sentence commits to about that place, not
// under transfers. A mailbox's name ("EU-Privacy@…") names no place; a
// country where the controller is registered says who the controller is;
// a new firm in a new country is first a new recipient, as "Zendesk and
// Freshworks Inc. (India)" was (b2-06). The twins keep a place where
// data is stored or sent under transfers. (Written before the rules were
// changed for b12-08, b12-29 and b12-45.)
func TestPlaceRoleCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b12-08", "12. Note to Parents",
			"If parents believe that we have unintentionally collected their children’s personal information, they may request the deletion of the information by contacting us at [EU-Privacy@Blizzard.com](mailto:EU-Privacy@Blizzard.com).",
			"If parents believe that we have unintentionally collected their children’s personal information, they may request the deletion of the information by contacting us at [DPO@Blizzard.com](mailto:DPO@Blizzard.com).", "rights"},
		{"a UK mailbox for access requests", "Your rights",
			"To ask for a copy of your data, write to UK-Requests@example.com.",
			"To ask for a copy of your data, write to privacy-team@example.com.", "rights"},
		{"b12-45", "Who We Are",
			"OmniOps Ltd, a company registered in Ireland, is the controller responsible for your personal data.",
			"OmniOps Inc., a company registered in Delaware, is the controller responsible for your personal data.", "identity"},
		{"controller incorporated elsewhere", "About us",
			"The controller of your data is Brightline Ltd, incorporated in England.",
			"The controller of your data is Brightline BV, incorporated in the Netherlands.", "identity"},
		{"b12-29", "Service Providers",
			"We send our invoices through Chargebee, which stores them on servers in Germany.",
			"We send our invoices through Chargebee, which stores them on servers in Germany, and through a bookkeeping firm in Vietnam.", "recipients"},
		{"a payroll provider in India", "Service providers",
			"Payroll is run by our own staff in France.",
			"Payroll is run by our own staff in France and by an outsourcing company in India.", "recipients"},
		{"twin: servers in a new country stay transfers", "Where we store your data",
			"Your data is stored on servers located in the European Union.",
			"Your data is stored on servers located in the European Union and in Vietnam.", "transfers"},
		{"twin: our own team in a new country stays transfers", "Where we store your data",
			"Your data is stored on servers in the European Union.",
			"Your data is stored on servers in the European Union and may be accessed by our support team in India.", "transfers"},
		{"twin: a transfer outside the EEA stays transfers", "International transfers",
			"We transfer your data to the United States under standard contractual clauses.",
			"We transfer your data to the United States and Brazil under standard contractual clauses.", "transfers"},
	})
}

// TestAddresseeCategory: a postal address block standing alone, whose
// addressee is replaced, names whom the reader writes to about their
// data, not a recipient: "Valve GmbH i.L., … Hamburg" → "RIVACY GmbH, …
// Hamburg" under "Contact Info". Its twin, the controller's address,
// stays identity. (Written before the rules were changed for b12-14.)
func TestAddresseeCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b12-14", "8. Contact Info",
			"Valve GmbH i.L.\nAtt. Legal\nAlstertwiete 3\nD-20099 Hamburg\nGermany",
			"RIVACY GmbH\nMexikoring 33\n22297 Hamburg\nGermany", "rights"},
		{"a US address block", "How to reach us",
			"Brightline Inc.\nAttn: Privacy\n100 Main Street\nAustin, TX 78701",
			"Harbor Legal LLC\nAttn: Privacy\n100 Main Street\nAustin, TX 78701", "rights"},
		{"twin: the controller's address stays identity", "GitHub Privacy Statement",
			"The controller responsible for the processing of your personal information is GitHub, Inc., 88 Colin P. Kelly Jr. Street, San Francisco, CA 94107.",
			"The controller responsible for the processing of your personal information is GitHub B.V., Prins Bernhardplein 200, 1097 JB Amsterdam.", "identity"},
	})
}

// TestSeatOfProcessorCategory: the country a processor is established in
// is where data goes: only the controller's seat names who the
// controller is.
func TestSeatOfProcessorCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"twin: processors established in another country stay transfers", "Where we process your data",
			"Your data is processed by our processors established in the European Union.",
			"Your data is processed by our processors established in the United States.", "transfers"},
	})
}
