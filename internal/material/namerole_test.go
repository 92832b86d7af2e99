package material

import (
	"strings"
	"testing"
)

// TestNameRole reads the role of a name from its clause, in wordings of
// each role the batches did not use.
func TestNameRole(t *testing.T) {
	c := &classifier{rb: Builtin(), ix: Builtin().index}
	for _, tc := range []struct{ text, name, want string }{
		// Whom data is given to.
		{"We share your order details with Parcelly so that it can deliver them.", "Parcelly", "recipients"},
		{"Your messages are disclosed to third parties such as Zendora.", "Zendora", "recipients"},
		{"We use MailerLite to send our newsletters.", "MailerLite", "recipients"},
		{"Login codes are sent by Twilio.", "Twilio", "recipients"},
		{"Twilio sends the one-time codes to your phone.", "Twilio", "recipients"},
		{"We rely on Brevo for transactional email.", "Brevo", "recipients"},
		{"Payments are handled by Adyen.", "Adyen", "recipients"},
		{"Stripe, our payment processor, receives your card number.", "Stripe", "recipients"},
		{"Our analytics vendor, Plausibly, counts visits.", "Plausibly", "recipients"},
		{"Cloudflare is used as a caching proxy in front of our servers.", "Cloudflare", "recipients"},
		{"We work with LiveRamp to match audiences.", "LiveRamp", "recipients"},
		// The controller.
		{"Acme Widgets Ltd (“we”, “us”) is responsible for your data.", "Acme Widgets Ltd", "identity"},
		{"Fooly GmbH is the controller of your personal data.", "Fooly GmbH", "identity"},
		{"This site is operated by Quill Media Inc.", "Quill Media Inc", "identity"},
		{"You can reach our data protection officer, Dr Anna Weber, by email.", "Dr Anna Weber", "identity"},
		// Whom the reader writes or complains to.
		{"You may lodge a complaint with the Garante, the Italian supervisory authority.", "Garante", "rights"},
		{"To exercise these rights, contact Verizon Wireless at the number on your bill.", "Verizon Wireless", "rights"},
		// Trackers and the tools that block them.
		{"You can block cookies in the Google Chrome browser.", "Google Chrome", "cookies"},
		{"We load the Snapchat pixel on checkout pages.", "Snapchat", "cookies"},
		// Where the reader lives.
		{"Users in Brazil may ask for a copy of their data.", "Brazil", roleResidence},
		{"If you live in Canada, you may withdraw your consent.", "Canada", roleResidence},
		{"Members who join from the EEA are not subscribed.", "EEA", roleResidence},
		// A label, a seal.
		{"Turn off the Allow Apps setting to stop this.", "Allow Apps", roleLabel},
		{"We display the TRUSTe seal on this page.", "TRUSTe", roleAside},
		// What the policy covers.
		{"This policy applies to Xumo and its apps.", "Xumo", "scope"},
		{"When you use Gemini, we collect your prompts.", "Gemini", "scope"},
		// Places in a list after whom they are for; a class of readers
		// named by the service they use.
		{"For residents of countries in the Middle East, Africa, and the rest of Europe, visit our EMEA page.", "Africa", roleResidence},
		{"Acme Mobile or Home customers may email us at privacy@acme.test.", "Acme Mobile", roleResidence},
		{"Crowdsignal helps site owners create polls.", "Crowdsignal", "recipients"},
		// A label in bold, an image's text, a representative, a browser.
		{"disable the **Allow Apps to Request to Track** setting in your iOS settings", "Allow Apps", roleLabel},
		{"[![TRUSTe](//privacy.example/seal?rid=1)](https://privacy.example/validation)", "TRUSTe", roleAside},
		{"Our external officer: ePrivacy GmbH, represented by Prof. Dr. Christoph Bauer.", "Dr, Christoph Bauer", "identity"},
		{"Testing ways to advertise without third-party cookies in Google Chrome.", "Google Chrome", "cookies"},
		{"These may include Xumo-branded Services and other products we deliver.", "Xumo", "scope"},
		// A list runs on after a comma: no gloss of the name.
		{"Fitness apps we offer, such as Fitbit, Pixel Watch or Nest, measure your steps.", "Fitbit", ""},
		// No role said.
		{"Our offices are in the same building as Northwind.", "Northwind", ""},
		{"Data is stored on servers in Canada.", "Canada", ""},
	} {
		if got, _ := c.nameRole(tc.text, tc.name); got != tc.want {
			t.Errorf("%q in %q: role %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestNameRoleVerdicts: a name's role decides the category of the change
// that adds or removes it, and a name in no party's role (a seal, a typo
// put right) does not make the change material by itself.
func TestNameRoleVerdicts(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		// A processor named in a section about purposes or security is a
		// recipient, though no verb of disclosure stands there.
		{"use", "How we use your data", "We send our newsletter to subscribers who ask for it.", "We use Brevora to send our newsletter to subscribers who ask for it.", "recipients"},
		{"subject", "Security", "One-time login codes are sent to your phone.", "Twilio sends the one-time login codes to your phone.", "recipients"},
		{"given", "Your information", "We may disclose your order details to our delivery partners.", "We may disclose your order details to our delivery partners, including Parcelly.", "recipients"},
		// Where the reader lives is whom the commitment is for.
		{"lives", "Your rights", "You may ask us for a copy of your data.", "If you live in Canada, you may ask us for a copy of your data.", "rights"},
		{"users in", "Your rights", "You may ask us to delete your data.", "Users in Brazil may ask us to delete your data.", "rights"},
		// A place data goes is a transfer.
		{"destination", "Where we store data", "Your data is stored on our servers.", "Your data is stored on our servers in Canada.", "transfers"},
		// The controller.
		{"controller", "Who we are", "This website is operated by us.", "This website is operated by Quillmark Media Ltd.", "identity"},
		// The author named in the place of "we".
		{"we named", "How we use your data", "We use your Personal Information only for the purposes described in this Privacy Policy.", "The Sysone Group uses your Personal Information only for the purposes described in this Privacy Policy.", "identity"},
		// A browser is about cookies.
		{"browser", "Cookies", "You can block cookies in your browser.", "You can block cookies in the Google Chrome browser.", "cookies"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// Minor twins: a seal shown, a typo put right.
	for _, tc := range []struct{ name, heading, old, new string }{
		{"seal", "About us", "Thank you for visiting.", "Thank you for visiting. We display the TRUSTe seal image on this page."},
		{"typo", "About us", "Go back to the Hombe page.", "Go back to the Home page."},
	} {
		_, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		for _, w := range why {
			if strings.Contains(w, ".entity") {
				t.Errorf("%s: a name in no party's role judged as one: %s", tc.name, strings.Join(why, "; "))
			}
		}
	}
}

// TestPronounUS: "US" in capitals after a verb is the pronoun.
func TestPronounUS(t *testing.T) {
	c := &classifier{rb: Builtin(), ix: Builtin().index}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"If you are an agent, please **CONTACT US.**", true},
		{"WRITE TO US at the address below.", true},
		{"Your data is stored in the US.", false},
		{"Residents of the US may opt out.", false},
	} {
		if got := c.pronounUS(tc.text, "US"); got != tc.want {
			t.Errorf("%q: pronoun %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestReadersNamed: a capitalised class of readers ("Oregon Residents
// Only", b51-24 in other words) says whom a right is for, not a new
// recipient; a company whose name holds such a word is still a party.
func TestReadersNamed(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "readers", "Your rights",
		"1. Right to Know. You may ask what we hold about you.",
		"1. Right to Know. You may ask what we hold about you.\n2. List of Recipients (Nevada Residents Only). You may ask for a copy of the data we hold about you.", "rights")
	_, _, why := judgeEdit(rb, "Who we share data with", "We share your order details with our courier.", "We share your order details with Members Logistics Ltd.")
	if !strings.Contains(strings.Join(why, "; "), "recipient: Members Logistics Ltd") {
		t.Errorf("a company: %s", strings.Join(why, "; "))
	}
}
