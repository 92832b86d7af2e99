package material

import (
	"strings"
	"testing"
)

// TestAddressSpelled: an address written with or without its scheme, as a
// link's words or its target, or in place of the words of a link to it,
// sends the reader to the same place (OTA HSBC v11, Windstream v2-v9,
// happn v5-v6); another host or path, or a link's words replaced by
// another address, is another place.
func TestAddressSpelled(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		// The domain a link showed as its words, the link kept on a name
		// (OTA HSBC v11).
		{"domain as the link's words", "Your rights",
			"* Complain to the UK Information Commissioner’s Office by visiting [ico.org.uk](https://ico.org.uk/) or to the data protection regulator in the country where you are.",
			"* Complain to the UK [Information Commissioner’s Office](https://ico.org.uk/) or to the data protection regulator in the country where you are.", false},
		{"scheme and www dropped", "Your rights", "To exercise your rights, visit https://www.acme.com/privacy.", "To exercise your rights, visit acme.com/privacy.", false},
		{"scheme written", "Cookies", "You can learn how to block cookies at aboutcookies.org.", "You can learn how to block cookies at https://www.aboutcookies.org/.", false},
		{"link's words replaced by its address", "Your rights", "To exercise your rights, visit our [privacy center](https://privacy.acme.com).", "To exercise your rights, visit privacy.acme.com.", false},
		{"address replaced by a link to it", "Contact", "You can send us a request through help.acme.com/requests at any time.", "You can send us a request through our [help centre](https://help.acme.com/requests) at any time.", false},
		// The scheme written, the host's spelling mended (b58-31).
		{"scheme and a letter", "Cookies", "To learn more about cookies, visit www.allaboutcookie.org.", "To learn more about cookies, visit https://www.allaboutcookies.org.", false},
		// A link's words: its domain, then the name the domain spells,
		// beside other uses of the same word (b59-14).
		{"domain to the name it spells", "Cookies", "You can delete cookies in your browser. To find out more about cookies, visit [aboutcookies.org](https://www.aboutcookies.org/).", "You can delete cookies in your browser. To find out more about cookies, visit [About Cookies](https://www.aboutcookies.org/).", false},
		// A site's name with or without its ending (b61-05, b61-06).
		{"the site's name without its ending", "Security", "Acmepay.com stores your payment details in encrypted form.", "Acmepay stores your payment details in encrypted form.", false},
		{"the site's name with its ending", "Changes", "Acmepay may update this policy from time to time.", "Acmepay.io may update this policy from time to time.", false},
		// Another place: material twins.
		{"a mailbox made a web form (b50-18)", "Transfers", "For a copy of these clauses, please contact us at [privacy@acme.com](mailto:privacy@acme.com).", "For a copy of these clauses, contact us at: [https://www.acme.com/legal/report/privacy](https://www.acme.com/legal/report/privacy)", true},
		{"another site's name", "Security", "Acmepay.com stores your payment details in encrypted form.", "Stripe stores your payment details in encrypted form.", true},
		{"another ending, another site", "Security", "Payments are handled by acmepay.com.", "Payments are handled by acmepay.com and paypal.com.", true},
		{"a new site, with its scheme", "Your rights", "You can exercise your rights at www.acme.com/privacy.", "You can exercise your rights at www.acme.com/privacy or https://www.datarep.net/acme.", true},
		{"another host written", "Your rights", "To exercise your rights, visit our [privacy center](https://privacy.acme.com).", "To exercise your rights, visit privacy.other.com.", true},
		{"another path written", "Your rights", "To exercise your rights, visit https://acme.com/privacy.", "To exercise your rights, visit acme.com/partners.", true},
		{"an address added beside the same", "Your rights", "To exercise your rights, visit acme.com/privacy.", "To exercise your rights, visit acme.com/privacy or datarep.com/acme.", true},
		{"a mention of the site added", "Purposes", "We use this information to deliver the acme.com service and to improve the acme.com service. We may use it to investigate fraud or abuse.", "We use this information to deliver the acme.com service and to improve the acme.com service. We may use it to investigate fraud or abuse on the acme.com service.", true},
		{"a new party beside the same address", "Sharing", "We share your data with the providers listed at acme.com/providers.", "We share your data with Google and the providers listed at https://acme.com/providers.", true},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material = %v, want %v (%v): %s", tc.name, rep.Material, tc.material, cats, strings.Join(why, "; "))
		}
	}
}

// TestHiddenAddressShown: the letters of an address a page hides from
// robots, shown against its placeholder, are the same address (OTA
// Windstream v2-v9, happn v5-v6).
func TestHiddenAddressShown(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"local part shown", "Contact us",
			"If you have questions, email us at [\\[email protected\\]](https://www.windstream.com/cdn-cgi/l/email-protection#removed); or write to us at Windstream Services, LLC, 4001 Rodney Parham Road, Little Rock.",
			"If you have questions, email us at [windstream.priv\\[email protected\\]](https://www.windstream.com/cdn-cgi/l/email-protection#removed); or write to us at Windstream Services, LLC, 4001 Rodney Parham Road, Little Rock.", false},
		{"domain shown", "Your rights",
			"*   By sending an e-mail to our contact e-mail address [\\[email protected\\]](https://www.happn.com/cdn-cgi/l/email-protection#removed).",
			"*   By sending an e-mail to our contact e-mail address [\\[email protected\\]happn.com](https://www.happn.com/cdn-cgi/l/email-protection#removed).", false},
		{"domain shown, in plain text", "Contact", "Write to [email protected] with any question.", "Write to privacy[email protected]acme.com with any question.", false},
		// Twins: an address or a party beside the placeholder.
		{"another mailbox beside", "Your rights", "To object, email [email protected].", "To object, email [email protected] or dpo@partner.com.", true},
		{"a party named beside", "Sharing", "We share your data with our processors; ask at [email protected].", "We share your data with our processors and Meta; ask at [email protected].", true},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material = %v, want %v (%v): %s", tc.name, rep.Material, tc.material, cats, strings.Join(why, "; "))
		}
	}
	// One address, partly shown: one contact, hidden.
	for _, s := range []string{`windstream.priv\[email protected\]`, `\[email protected\]happn.com`, `[acme.dpo\[email protected\]acme.co.uk](/cdn-cgi/l/email-protection)`} {
		if cs, masked := contacts("at " + s + " now"); len(cs) != 1 || cs[0] != "*" || masked != "at  contact  now" {
			t.Errorf("%s: contacts %q, masked %q; want one hidden address", s, cs, masked)
		}
	}
}
