package material

import (
	"strings"
	"testing"
)

// categoryCase is a material edit and the category it is about.
type categoryCase struct {
	name, heading, old, new, category string
}

func runCategories(t *testing.T, cases []categoryCase) {
	t.Helper()
	rb := Builtin()
	for _, tc := range cases {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.category] {
			t.Errorf("%s: material=%v, want %s: %s", tc.name, rep.Material, tc.category, strings.Join(why, "; "))
		}
	}
}

// TestAnchorCategory: the event a period runs from is a term of what the
// period is of. "kept for six years from the end of the financial year"
// → "… from the date you close your account" moves a retention period,
// though "financial" is a word of data; "respond within one month of
// receiving your request" → "… of verifying your identity" moves a
// deadline of the right. (Written before the rules were changed for
// b11-21.)
func TestAnchorCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b11-21", "How long we keep your information",
			"We keep the records of your orders for six years from the end of the financial year in which you placed them, as tax law requires.",
			"We keep the records of your orders for six years from the date on which you close your account, as tax law requires.", "retention"},
		{"footage kept from another event", "CCTV",
			"We keep CCTV footage for 30 days from the date it is recorded.",
			"We keep CCTV footage for 30 days from the date a security incident is reported to us.", "retention"},
		{"a deadline of a right from another event", "Your rights",
			"We respond to your request within one month of receiving it.",
			"We respond to your request within one month of verifying your identity and payment details.", "rights"},
	})
}

// TestRightConditionCategory: what the reader must now send or show to
// exercise a right is a condition on the right, though it names data ("a
// scan of a government-issued photo ID"). Its twin asks for data to sign
// up: that is data. (Written before the rules were
// changed for b11-25.)
func TestRightConditionCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b11-25", "Your rights",
			"To obtain a copy of the personal information we hold about you, simply send a request from the email address linked to your account.",
			"To obtain a copy of the personal information we hold about you, send a request from the email address linked to your account, enclosing a scan of a government-issued photo ID.", "rights"},
		{"a passport to delete", "Your rights",
			"You can ask us to delete your account by emailing our support team.",
			"You can ask us to delete your account by emailing our support team with a copy of your passport.", "rights"},
		{"a date of birth to correct", "Your rights",
			"To correct your details, write to our privacy team.",
			"To correct your details, write to our privacy team, stating your date of birth and postal address.", "rights"},
		{"twin: data asked at sign-up stays data", "Creating an account",
			"To create an account, enter your name and email address.",
			"To create an account, enter your name, email address and date of birth.", "data"},
	})
}

// TestContactChannelCategory: a way for the reader to reach the company
// or its Data Protection Officer, added or removed ("directly at
// dpo@… or by post"), is how the reader uses their rights, though the
// sentence names the controller's registered office. (Written before the
// rules were changed for b11-39.)
func TestContactChannelCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b11-39", "Contacting us",
			"You can contact our Data Protection Officer directly at dpo@brightmere.co.uk or by post at our registered office.",
			"You can contact our Data Protection Officer by post at our registered office.", "rights"},
		{"by post added", "Contacting us",
			"You can reach our privacy team by email at privacy@example.com.",
			"You can reach our privacy team by email at privacy@example.com or by post at our registered office.", "rights"},
		{"at our head office removed", "Contacting us",
			"You can write to our Data Protection Officer at dpo@example.com or at our registered office.",
			"You can write to our Data Protection Officer at dpo@example.com.", "rights"},
	})
}

// TestRowCountryNamedCategory: a row added to a list of providers, in a
// country the list already names, adds the row's party: a recipient,
// though the party's name is an English word the rules do not read as a
// name ("Metronome"). A row in a country the list did not name is a
// transfer. (Written before the rules were changed for b11-04.)
func TestRowCountryNamedCategory(t *testing.T) {
	list := func(rows ...string) string {
		return "*   AWS SES | Emails | United States\n*   Stripe | Payment | United States\n" + strings.Join(rows, "\n")
	}
	runCategories(t, []categoryCase{
		{"b11-04 in small", "List of third-party service providers",
			list(), list("*   Metronome | Billing | United States"), "recipients"},
		{"a word for a name, table", "Our subprocessors",
			"| Name | Purpose | Location |\n|---|---|---|\n| Stripe | Payment | United States |",
			"| Name | Purpose | Location |\n|---|---|---|\n| Stripe | Payment | United States |\n| Beacon | Support chat | United States |", "recipients"},
		{"twin: a new country", "List of third-party service providers",
			list(), list("*   Metronome | Billing | India"), "transfers"},
	})
}

// TestSectionTitleNoParty: a section's title quoted after "the section
// entitled" names a part of the policy, not a party: "the section entitled
// “Contacting GitHub”" dropped is no recipient removed. A party named in
// quotes elsewhere is still one. (Written before the rules were changed
// for b11-13.)
func TestSectionTitleNoParty(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b11-13", "Cross-border data transfers",
			"GitHub processes personal data both inside and outside of the United States and relies on legal mechanisms such as Standard Contractual Clauses to lawfully transfer data from the European Economic Area, the United Kingdom, and Switzerland to the United States. You may request a copy of the Standard Contractual Clauses using the contact details provided in the section entitled “Contacting GitHub” below.",
			"GitHub processes personal data both inside and outside of the United States. To lawfully transfer data from the European Economic Area, the United Kingdom, and Switzerland to the United States, it relies on adequate protection as decided by the European Commission in accordance with Art. 45 GDPR or appropriate safeguards in accordance with Art. 46 GDPR, such as Standard Contractual Clauses as well as supplementary measures such as encryption at rest and in transit.", "transfers"},
		{"a section headed, dropped", "International transfers",
			"We rely on standard contractual clauses for transfers outside the EEA. You can ask for a copy using the details in the section headed \"Talk to Acme Support\" below.",
			"We rely on standard contractual clauses and adequacy decisions for transfers outside the EEA.", "transfers"},
		{"twin: a party in quotes", "Who we share your information with",
			"We share your order details with our courier.",
			"We share your order details with our courier and with “Brightline Analytics Ltd”.", "recipients"},
	})
}
