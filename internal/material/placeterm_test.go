package material

import "testing"

// TestPlaceOfTerm: a country named as whose tax or law it is ("VAT in the
// EU", b21-12) or as one of the places a quoted term is defined to mean
// ("the term “Designated Countries” to refer to …, Russia", b22-16) is no
// place data goes: a tax charged in one more place is a purpose, a term
// means what its paragraph uses it for. A country data goes to, beside
// them, stays a transfer.
func TestPlaceOfTerm(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Billing information", "We store your billing address to calculate any sales tax due in the United States, to detect fraud, and to print on your invoices.",
			"We store your billing address to calculate any sales tax due in the United States or VAT in the EU, to detect fraud, and to print on your invoices.", "purposes"},
		{"Payments", "We keep your postcode so that we can charge the sales tax payable in Canada.",
			"We keep your postcode so that we can charge the sales tax payable in Canada or the goods and services tax in Australia.", "purposes"},
		{"Payment details", "Your country is used to work out the taxes due in Germany.",
			"Your country is used to work out the taxes due in Germany and France.", "purposes"},
		{"Controllers and Responsible Companies", "Different Acme companies are the controller of your personal information, based on where you live. Generally, the controller is the company that entered into the contract with you. We use the term “Designated Countries” to refer to Australia, Canada, Japan and all countries located in the European continent.",
			"Different Acme companies are the controller of your personal information, based on where you live. Generally, the controller is the company that entered into the contract with you. We use the term “Designated Countries” to refer to Australia, Canada, Japan, Russia and all countries located in the European continent.", "identity"},
		{"Who is responsible for your data", "Acme Ltd is the controller for users in the Covered Regions. “Covered Regions” means Brazil, India and Mexico.",
			"Acme Ltd is the controller for users in the Covered Regions. “Covered Regions” means Brazil, India, Mexico and Turkey.", "identity"},
		// material twins: a place data goes to, beside a tax, stays a transfer
		{"Billing information", "We store your billing address in the United States to calculate any sales tax due.",
			"We store your billing address in the United States or the EU to calculate any sales tax due.", "transfers"},
		{"Billing information", "To calculate VAT in the EU, we send your billing address to our tax provider in the EU.",
			"To calculate VAT in the EU, we send your billing address to our tax provider in the EU or Canada.", "transfers"},
		// a term the paragraph uses for where data goes is a transfer
		{"International transfers", "We transfer your personal data outside the Approved Countries only under standard contractual clauses. We use the term “Approved Countries” to refer to Canada, Japan and Switzerland.",
			"We transfer your personal data outside the Approved Countries only under standard contractual clauses. We use the term “Approved Countries” to refer to Canada, Japan, Russia and Switzerland.", "transfers"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
