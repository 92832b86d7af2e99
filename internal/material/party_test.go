package material

import (
	"strings"
	"testing"
)

// TestPartiesOnly holds the families of capitalised words real policies
// wrote that were reported as "New recipient" (or "Removed recipient"),
// each beside a twin: a real party named in the same kind of sentence,
// which must still be reported by name. The sentences are invented, not
// taken from the policies.
func TestPartiesOnly(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		notParty                string // a name no reason may report as a party
		party                   string // a name a material reason must report
	}{
		// The author's own products, plans and defined terms, in words of
		// the language. (A product of a coined name, "Zapnote Desktop",
		// is still read as a party: so is every new vendor's.)
		{"own plan", "Your account",
			"Members of a household can see each other's playlists.",
			"Members of a Household Bundle can see each other's playlists.", "Household Bundle", ""},
		{"defined term", "Definitions",
			"“Listing” means an item offered on the marketplace.",
			"“Listing” means an item offered on the marketplace by a Seller’s Storefront.", "Storefront", ""},
		{"vendor, English words", "Sharing your information",
			"We share your questions with our support team.",
			"We share your questions with our support team and with Stack Overflow.", "", "Stack Overflow"},
		{"vendor, a company's form", "Your notes",
			"You can keep your notes on your own devices.",
			"You can keep your notes on your own devices; Zapnote Cloud Ltd keeps a copy.", "", "Zapnote Cloud Ltd"},
		{"vendor, disclosed to", "Support",
			"Your messages are read by our support team.",
			"Your messages may be disclosed to Helpwise, Inc. to answer them.", "", "Helpwise"},
		// A term of the policy, capitalised: after an article or a
		// possessive, or defined in quotes. A company's name takes none.
		{"capitalised class of recipient", "Sharing your information",
			"We share your order with the courier you choose.",
			"We share your order with the Delivery Partner you choose.", "Delivery Partner", ""},
		{"capitalised term, defined", "Definitions",
			"“Content” means anything you post.",
			"“Content” means anything you post. “Shared Folder” means a folder other members can open.", "Shared Folder", ""},
		{"kind of recipient, capitalised", "Sharing your information",
			"We may disclose your order to our couriers.",
			"We may disclose your order to our couriers and to Advertising Partners.", "Advertising Partners", ""},
		{"list item under a heading about data collected", "How we collect and use your data",
			"* Email address\n* Order history",
			"* Email address\n* Order history\n* Loyalty Badge", "Loyalty Badge", ""},
		{"list item under a heading about sharing", "Who we share your data with",
			"* Stripe\n* Zendesk",
			"* Stripe\n* Zendesk\n* Quillmark", "", "Quillmark"},
		{"source of data collected", "Connected devices",
			"We collect activity data from your phone.",
			"We collect activity data from your phone and from Pulsewise.", "", "Pulsewise"},
		{"vendor of English words, no article", "Sharing your information",
			"We share your order with the courier you choose.",
			"We share your order with Royal Mail.", "", "Royal Mail"},
		{"processor acting on our behalf", "Deleting your account",
			"You can delete your account at any time.",
			"You can delete your account at any time. We have asked Quillmark to store your details for 30 days.", "", "Quillmark"},
		{"a pronoun starting an item", "Security",
			"* Staff read your messages only to fix a fault.",
			"* Staff read your messages only to fix a fault.\n* Anyone who receives an encrypted message from us can reply to it.", "Anyone", ""},
		{"a contraction starting a sentence", "Sharing your information",
			"We share your data with suppliers.",
			"We share your data with suppliers. Here’s who they are.", "Here", ""},
		{"a preposition starting a sentence", "Sharing your information",
			"We share your data with suppliers.",
			"We share your data with suppliers. During checkout, your address goes to them.", "During", ""},
		{"one word a company's name", "Sharing your information",
			"We share your data with suppliers.",
			"We share your data with suppliers, such as Zoom.", "", "Zoom"},
		{"cross-reference in a sentence about sharing", "Sharing your information",
			"We share your data with suppliers.",
			"We share your data with suppliers; see Trellix Choices below.", "Trellix Choices", ""},
		{"a kind of data shared", "Sharing your information",
			"We share your order with couriers.",
			"We share your order and your Blockchain Data with couriers.", "Blockchain Data", ""},
		// A service the author uses, in a list or a sentence with no word
		// of sharing.
		{"service in a list of tools", "Email",
			"We use these tools:\n\n* Postmark, for receipts",
			"We use these tools:\n\n* Postmark, for receipts\n* Mailgun Technologies (United States), for sending transactional email", "", "Mailgun Technologies (United States)"},
		{"service in a list under a plain heading", "Tools",
			"* Postmark, for receipts",
			"* Postmark, for receipts\n* Quillmark Mail – to send password resets", "", "Quillmark Mail"},
		{"service we use", "Support",
			"We answer questions by email.",
			"We answer questions by email and we also use Quillmark to track them.", "", "Quillmark"},
		// A coined name is a name wherever it stands, with no word of
		// sharing: the main way a new vendor is written.
		{"coined name, served by", "Ads", "We show no ads.", "Ads on our site are served by Adzilla.", "", "Adzilla"},
		{"coined name, embedded from", "Videos", "Our videos are hosted on our servers.", "Our videos are embedded from Vimora.", "", "Vimora"},
		{"coined name, runs on", "Support", "We answer by email.", "Our help centre runs on Helpwise.", "", "Helpwise"},
		// A vendor named in English words, after a preposition of agency,
		// in a sentence with no word of sharing.
		{"English-word vendor, delivered by", "Delivery", "We deliver parcels ourselves.", "Parcels are delivered by Royal Mail.", "", "Royal Mail"},
		{"English-word vendor, with", "Newsletter", "We send a newsletter.", "We send our newsletter with Campaign Monitor.", "", "Campaign Monitor"},
		{"English-word vendor, runs on", "Hosting", "Our servers are ours.", "Our site runs on Digital Ocean.", "", "Digital Ocean"},
		{"own term for a purpose", "How we use your data",
			"We use your data to run the shop.",
			"We use your data to run the shop and for Commercial Purposes.", "Commercial Purposes", ""},
		{"a link's label and anchor run together", "Contents",
			"* [Cookies](#maincookiesmodule)",
			"* [Cookies](#maincookiesmodule)\n* ZapnoteZapnotemainzapnotemodule", "Zapnote", ""},
		{"the rulebook's vocabulary capitalised, in a sentence about sharing", "Sharing your information",
			"We may disclose your data to partners.",
			"We may disclose your data to partners for Commercial Purposes.", "Commercial Purposes", ""},
		{"a company's form alone", "Sharing your information",
			"We may disclose your data to Zorbix Holdings.",
			"We may disclose your data to Zorbix Holdings, LLC.", "LLC", ""},
		{"an analytics vendor in English words", "Analytics",
			"We count visits.",
			"We count visits with Simple Analytics.", "", "Simple Analytics"},
		{"a company's name with a digit, in a table", "Advertising partners",
			"| Partner | Data |\n|---|---|\n| Criteo | Advertising Information |",
			"| Partner | Data |\n|---|---|\n| Criteo | Advertising Information |\n| G2 | Advertising Information |", "", "G2"},
		// A street address, and a country that ends one.
		{"street address", "Contact us",
			"Write to our privacy team by post.",
			"Write to our privacy team at Harbour Road, Dublin 4, D04 K7P2.", "Harbour Road", ""},
		{"country of an address", "Cookies",
			"Cookies are set by our provider Tagwise GmbH (Lindenstr. 5, 10969 Berlin, Germany) and last 12 months.",
			"Cookies are set by our provider Tagwise GmbH (Lindenstr. 5, 10969 Berlin) and last 12 months.", "Germany", ""},
		{"country data goes to", "International transfers",
			"Your data is stored in Ireland.",
			"Your data is stored in Ireland and transferred to Germany.", "", "Germany"},
		// A sentence shouted in capitals, a heading, a cross-reference.
		{"shouted sentence", "Disclaimer",
			"Brixlo provides the site as it is.",
			"Brixlo provides the site as it is. BRIXLO MAKES NO PROMISE THAT THE SITE WILL ALWAYS BE AVAILABLE OR FREE OF ERRORS.", "BRIXLO", ""},
		{"shouted sentence naming a company", "Disclaimer",
			"The site is provided as it is.",
			"The site is provided as it is. WE MAY SHARE YOUR DATA WITH ZORBIX LTD AND OUR PARTNERS.", "SHARE YOUR DATA", "ZORBIX LTD"},
		{"cross-reference", "Your choices",
			"You can change your settings at any time.",
			"You can change your settings at any time. See Account Controls for the steps.", "Account Controls", ""},
		// Another language.
		{"short foreign item", "Navigation",
			"* Accueil\n* Imprimer",
			"* Accueil\n* Imprimer\n* Sécurité", "Sécurité", ""},
		{"foreign heading", "Transfers",
			"We keep your data in the EU.",
			"We keep your data in the EU.\n\n### Transferências de dados pessoais para fora do EEE/UK/CH", "Transferências", ""},
		{"foreign heading with initials", "Transfers",
			"We keep your data in the EU.",
			"We keep your data in the EU.\n\n**5. Transferências de dados pessoais para países localizados fora do EEE/UK/CH**", "UK", ""},
		{"foreign paragraph cut by abbreviations", "Legal basis",
			"We rely on your consent.",
			"We rely on your consent.\n\nHinsichtlich der Gesundheitsdaten stützt sich Zorbix auf Ihre ausdrückliche Einwilligung (Art. 9 (2) (a) DSGVO/UK GDPR) oder auf die Ausnahme in Art. 9 (2) (e) DSGVO/UK GDPR (z. B. in einem Forum).", "UK", ""},
		{"English sentence with initials", "Transfers",
			"We keep your data in the EU.",
			"We keep your data in the EU and transfer some of it to the UK.", "", "UK"},
		// A new processor in a subprocessor table.
		{"subprocessor row", "Subprocessors",
			"| Name | Purpose | Location |\n|---|---|---|\n| Stripe | Payments | United States |",
			"| Name | Purpose | Location |\n|---|---|---|\n| Stripe | Payments | United States |\n| Quillmark | Support tickets | United States |", "", "Quillmark"},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		reasons := strings.Join(why, "; ")
		if tc.notParty != "" {
			for _, v := range rep.Verdicts {
				if strings.HasSuffix(v.Rule, ".entity") && strings.Contains(v.Reason, tc.notParty) {
					t.Errorf("%s: %q reported as a party: %s", tc.name, tc.notParty, v.Reason)
				}
			}
		}
		if tc.party != "" && (!rep.Material || !named(rep, tc.party)) {
			t.Errorf("%s: material=%v, want a reason naming %q: %s", tc.name, rep.Material, tc.party, reasons)
		}
	}
}

// TestForeignPolicy: a policy written in another language is not read by
// the capitals of English; a company with its form, or one the rulebook
// knows, is still a party there.
func TestForeignPolicy(t *testing.T) {
	rb := Builtin()
	const fr = "# Politique de confidentialité\n\nNous collectons vos données personnelles pour gérer votre compte et répondre à vos demandes. " +
		"Les données sont conservées pendant la durée nécessaire à ces finalités, puis supprimées ou anonymisées.\n\n" +
		"## Vos droits\n\nVous disposez d'un droit d'accès, de rectification et d'effacement de vos données, que vous pouvez exercer en écrivant à notre délégué.\n\n"
	for _, tc := range []struct {
		name, add, notParty, party string
	}{
		{"navigation word", "* Revenir\n* Imprimer la page\n", "Imprimer", ""},
		{"capitalised word", "Consultez la rubrique Sécurité Numérique pour en savoir plus.\n", "Numérique", ""},
		{"company with its form, in an English sentence", "Some of your data is shared with Zorbix Ltd.\n", "", "Zorbix Ltd"},
	} {
		rep, _, why := judgeText(rb, fr, fr+tc.add)
		reasons := strings.Join(why, "; ")
		for _, v := range rep.Verdicts {
			if tc.notParty != "" && strings.HasSuffix(v.Rule, ".entity") && strings.Contains(v.Reason, tc.notParty) {
				t.Errorf("%s: %q reported as a party: %s", tc.name, tc.notParty, v.Reason)
			}
		}
		if tc.party != "" && (!rep.Material || !named(rep, tc.party)) {
			t.Errorf("%s: material=%v, want a reason naming %q: %s", tc.name, rep.Material, tc.party, reasons)
		}
	}
}

// named reports a verdict of a named party (an .entity rule) whose reason
// names name: a reason quoting the text around it does not count.
func named(rep *Report, name string) bool {
	for _, v := range rep.Verdicts {
		if v.Material && strings.HasSuffix(v.Rule, ".entity") && strings.Contains(v.Reason, name) {
			return true
		}
	}
	return false
}
