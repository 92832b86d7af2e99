package material

import "testing"

// TestPersonPlaceIsNoTransfer: where a person is located is whom a
// commitment is for, not where data goes. "Individuals located in the UK
// may have rights" → "… who have been resident there for at least 12
// months …" conditions the rights on residence: its "located in" is no
// word of transfers. Data located in a place is still where data is.
// (Written before the rules were changed for b16-06.)
func TestPersonPlaceIsNoTransfer(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b16-06", "16. YOUR RIGHTS UNDER UK GDPR",
			"Individuals located in the UK may have rights including:",
			"Individuals located in the UK who have been resident there for at least 12 months may have rights including:", "rights"},
		{"customers based in Canada, after six months", "Your rights",
			"Customers based in Canada may ask us for a copy of their data.",
			"Customers based in Canada for at least six months may ask us for a copy of their data.", "rights"},
		{"users located in the EEA may object, once a year", "Your rights",
			"Users located in the EEA may object to direct marketing.",
			"Users located in the EEA may object to direct marketing once a year.", "rights"},
		{"twin: data located in a country stays transfers", "Hosting",
			"Your data is located in Germany.",
			"Your data is usually located in Germany.", "transfers"},
	})
}
