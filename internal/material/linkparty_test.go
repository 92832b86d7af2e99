package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestLinkPartyMoved: a link whose words name a party by a common noun
// ("our third-party dispute resolution provider"), pointed at another
// organisation's site, may name another party (b17-19, Apple's APEC
// provider, TRUSTe → BBB National Programs): for a reviewer to confirm. A
// document or a name whose address moved, or one organisation's two
// sites, name the same party.
func TestLinkPartyMoved(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"International transfers", "If you have unresolved concerns about our APEC CBPR certification, contact our [third-party dispute resolution provider](https://feedback-form.truste.com/watchdog/request).", "If you have unresolved concerns about our APEC CBPR certification, contact our [third-party dispute resolution provider](https://bbbprograms.org/programs/APEC-Complaint).", true},
		{"Sharing", "We share your order details with [our delivery partners](https://example.com/partners).", "We share your order details with [our delivery partners](https://www.shipco.com/partners).", true},
		{"Your rights", "You may complain to [the supervisory authority](https://ico.org.uk/make-a-complaint/).", "You may complain to [the supervisory authority](https://www.dataprotection.ie/en/contact).", true},
		// The same party's or document's address changed.
		{"International transfers", "If you have unresolved concerns, contact our [third-party dispute resolution provider](https://feedback-form.truste.com/watchdog/request).", "If you have unresolved concerns, contact our [third-party dispute resolution provider](https://www.truste.com/watchdog/request).", false},
		{"Cookies", "Read [Google's privacy policy](https://www.google.com/policies/privacy/).", "Read [Google's privacy policy](https://policies.google.com/privacy).", false},
		{"Cookies", "You can opt out at [this page](https://optout.aboutads.info/).", "You can opt out at [this page](https://youradchoices.com/control).", false},
		{"Cookies", "We use [Mixpanel](https://mixpanel.com/legal/privacy-policy) to measure use.", "We use [Mixpanel](https://mixpanel.io/privacy) to measure use.", false},
		{"Your rights", "You may complain to [the ICO](https://ico.org.uk/concerns/).", "You may complain to [the ICO](https://ico.org.uk/make-a-complaint/).", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestOwnPageMoved: a link with the same words, from a page of the
// author's own site to the site of an organisation the policy does not
// name, is to confirm whatever its sentence says (found by the fallback
// fixer of 2026-12-03: only a link to where a right is used was caught).
// Twins stay minor: another site of the author's, the author's space on
// a platform, the same page's path on another host.
func TestOwnPageMoved(t *testing.T) {
	rb := Builtin()
	intro := "# Zentrova Privacy Policy\n\nThis policy explains how Zentrova, Inc. (\"Zentrova\", \"we\", \"us\") collects and uses your personal data.\n\n## Your choices\n\n"
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"You can change this in the [Privacy tab](https://zentrova.com/settings).", "You can change this in the [Privacy tab](https://www.facebook.com/settings).", true},
		{"Read our [Cookie Notice](https://zentrova.com/cookies).", "Read our [Cookie Notice](https://www.onetrust.com/zentrova/cookies).", true},
		{"Read our [Cookie Notice](https://zentrova.com/cookies).", "Read our [Cookie Notice](https://zentrova.de/cookies).", false},
		{"You can find the full policy [here](https://en.help.zentrova.com/hc/a/388).", "You can find the full policy [here](https://zentrova.zendesk.com/hc/a/388).", false},
		{"You can find the full policy [here](https://help.zentrova.com/hc/attachments/388).", "You can find the full policy [here](https://support.example.org/hc/attachments/388).", false},
	} {
		rep, _, why := judgeText(rb, intro+tc.old+"\n", intro+tc.new+"\n")
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestAuthorNamedByForm: an author whose name is a word of the dictionary
// is known by the legal form written after it where the policy defines
// "we" ("Acme, Inc. (“Acme”, “we”)", "Signal Messenger, LLC (“Signal”)"):
// before, no author was found for such a name, and a page of its site
// moved to another organisation was "Only a link changed". "The Company
// (“Company”, “we”)" still names no one.
func TestAuthorNamedByForm(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ intro, brand string }{
		{"This policy explains how Acme, Inc. (\"Acme\", \"we\", \"us\") collects and uses your personal data.", "Acme"},
		{"Square, Inc. (“we”, “us”) respects your privacy.", "Square"},
		{"This Privacy Policy describes how Signal Messenger, LLC (\"Signal\", \"we\") handles your data.", "Signal"},
		{"This Privacy Policy describes how the Company (\"Company\", \"we\") handles your data.", ""},
	} {
		doc := "# Privacy Policy\n\n" + tc.intro + "\n\n## Your choices\n\nText.\n"
		r := redline.Diff([]byte(doc), []byte(doc+"\nMore.\n"))
		c := &classifier{rb: rb, ix: rb.index, rows: r.Rows}
		if got := c.brand(false); got != tc.brand {
			t.Errorf("%q: author %q, want %q", tc.intro, got, tc.brand)
		}
	}
	intro := "# Acme Privacy Policy\n\nThis policy explains how Acme, Inc. (\"Acme\", \"we\", \"us\") collects and uses your personal data.\n\n## Cookies\n\n"
	rep, _, why := judgeText(rb, intro+"Read our [Cookie Notice](https://acme.com/cookies).\n", intro+"Read our [Cookie Notice](https://www.onetrust.com/acme/cookies).\n")
	if !rep.Material {
		t.Errorf("Acme's cookie notice moved to onetrust.com: minor, want material: %s", strings.Join(why, "; "))
	}
}

// TestPartyLinkToOwnSite: a link naming a party by a common noun, moved to
// the author's own site (its name spells the author's), is the author's
// page moved ("[Controllers and Responsible Companies](https://automattic.wordpress.com/privacy/#…)"
// → "(https://automattic.com/privacy/#…)", automattic-020). Twin: the
// same link moved to another organisation's site stays to confirm.
func TestPartyLinkToOwnSite(t *testing.T) {
	doc := func(link string) []byte {
		return []byte("# Privacy Policy\n\nAutomattic Inc. (“Automattic”, “we”) makes WordPress.com.\n\n## Who we are\n\nTo learn which Automattic company is the controller of information about you, take a look at the section on [Controllers and Responsible Companies](" + link + ").\n")
	}
	rb := Builtin()
	old := doc("https://automattic.wordpress.com/privacy/#controllers-and-responsible-companies")
	for _, tc := range []struct {
		link     string
		material bool
	}{
		{"https://automattic.com/privacy/#controllers-and-responsible-companies", false},
		{"https://www.trustarc.com/privacy/#controllers-and-responsible-companies", true},
	} {
		rep := Classify(redline.Diff(old, doc(tc.link)), rb)
		if rep.Material != tc.material {
			var why []string
			for _, v := range rep.Verdicts {
				why = append(why, v.Rule+": "+v.Reason)
			}
			t.Errorf("→ %s: material=%v, want %v: %s", tc.link, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
