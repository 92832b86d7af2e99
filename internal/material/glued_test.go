package material

import (
	"strings"
	"testing"
)

// TestGluedWords holds b18-22 in other words: two words run together
// where a separator was lost ("third partiesEntitled Iliad service"), put
// apart on the other side ("third parties <br>Entitled Iliad service"),
// are the same words; the name after the seam is no new party. A letter
// lost from a short word ("All the data" → "ll the data") is a typo. A
// party added beside the words put apart, a brand written in one word
// ("PayPal"), and a word traded for another still count.
func TestGluedWords(t *testing.T) {
	rb := Builtin()
	const head = "| Purposes | Categories of data | Legal basis | Retention | Categories of recipients |\n| --- | --- | --- | --- | --- |\n"
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-22", "Legal obligations",
			head + "| Responses to the data protection requests and any complaints related to the protection of personal data | Identity data (including proof of identity)  <br>User account information  <br>All the data related to the complaint | Legal obligation | 5 years from ticket closing  <br>Verification of identity card: 1 month | Entitled Scaleway Services  <br>Entitled Scaleway Partner for the management of subject requests  <br>Authorized third partiesEntitled Iliad service |",
			head + "| Responses to the data protection requests and any complaints related to the protection of personal data | Identity data (including proof of identity)  <br>User account information  <br>ll the data related to the complaint | Legal obligation | 5 years from ticket closing  <br>Verification of identity card: 1 month | Entitled Scaleway Services  <br>Entitled Scaleway Partner for the management of subject requests  <br>Authorized third parties  <br>Entitled Iliad service |", false},
		{"a sentence, words put apart", "Who receives your data",
			"We share your data with our payment processorStripe Payments Europe, which acts as an independent controller.",
			"We share your data with our payment processor Stripe Payments Europe, which acts as an independent controller.", false},
		{"a list, words put apart", "Recipients",
			"Your data may be disclosed to: our hosting providersAmazon Web Services; our auditors.",
			"Your data may be disclosed to: our hosting providers; Amazon Web Services; our auditors.", false},
		{"a letter lost from a short word", "Retention",
			"We keep all the data related to your complaint for 5 years.",
			"We keep ll the data related to your complaint for 5 years.", false},
		// Twins: still material.
		{"twin: a party added beside the words put apart", "Who receives your data",
			"We share your data with our payment processorStripe Payments Europe.",
			"We share your data with our payment processor Stripe Payments Europe and with Adyen N.V.", true},
		{"twin: a glued word, another party", "Recipients",
			"Your data may be disclosed to our hosting providersAmazon Web Services.",
			"Your data may be disclosed to our hosting providers Google Cloud.", true},
		{"twin: a word traded for another", "Retention",
			"We keep all the data related to your complaint for 5 years.",
			"We keep some of the data related to your complaint for 5 years.", true},
		{"twin: a letter lost that makes another word", "Security",
			"We will not share your data with advertisers.",
			"We will no share your data with advertisers, but may sell it.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
