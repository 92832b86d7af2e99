package material

import (
	"strings"
	"testing"
)

// TestScopeQualifier: an ordinary word that narrows which ones a
// commitment holds for ("all complete requests") or the condition it
// yields on ("clearly overridden") changes the commitment; the same word
// where it narrows nothing, or the same reach said another way, does not.
func TestScopeQualifier(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Exercise your rights", "We respond to all requests within 30 days.", "We respond to all complete requests within 30 days.", true},
		{"Deleting your data", "We delete every account that has been inactive for two years.", "We delete every eligible account that has been inactive for two years.", true},
		{"Legal basis", "We rely on legitimate interests, but not where our interests are overridden by your rights.", "We rely on legitimate interests, but not where our interests are clearly overridden by your rights.", true},
		{"Sensitive data", "We ask for your consent where the data is particularly sensitive.", "We ask for your consent where the data is sensitive.", true},
		// The same reach, said another way.
		{"Exercise your rights", "We respond to all requests within 30 days.", "We respond to every request within 30 days.", false},
		{"Exercise your rights", "We respond to all requests within 30 days.", "We respond to all of your requests within 30 days.", false},
		// Emphasis outside a condition commits to nothing more.
		{"Security", "We take the security of your data seriously.", "We take the security of your data very seriously.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestNegatedQualifier: an adverb put before what a denial turns on
// changes what it excludes ("we do not knowingly sell", "updates that
// don't significantly affect your rights", b17-28); a word that only
// stresses the denial ("do not ever") or a contraction does not.
func TestNegatedQualifier(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Changes to this policy", "Updates that don't affect your rights may be posted without notice.", "Updates that don't significantly affect your rights may be posted without notice.", true},
		{"Selling data", "We do not sell your personal information.", "We do not knowingly sell your personal information.", true},
		{"Sharing", "We never share your contacts with advertisers.", "We never intentionally share your contacts with advertisers.", true},
		{"Artificial intelligence", "We do not use your messages to train AI models.", "We do not currently use your messages to train AI models.", true},
		{"Your rights", "We will not materially reduce your rights under this policy without your explicit consent.", "We will not reduce your rights under this policy without your explicit consent.", true},
		{"Children", "Our services are not directed to children under 13.", "Our services are not primarily directed to children under 13.", true},
		{"Security", "A breach that is not likely to harm you is recorded but not reported.", "A breach that is not likely to seriously harm you is recorded but not reported.", true},
		{"Selling data", "We do not sell your personal information.", "We do not ever sell your personal information.", false},
		{"Selling data", "We don't sell your personal information.", "We do not sell your personal information.", false},
		{"Selling data", "We do not sell your personal information to anyone.", "We do not sell your personal information to anyone at all.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestScopeQualifierBeside: a word that narrows or widens the things a
// commitment covers ("your active contacts") is found when the sentence
// was reworded elsewhere too (b201-36, "data entered about" → "data you
// enter about"); a word said another way elsewhere, or one that is no
// qualifier of a noun, is not (b124-26, b77-26).
func TestScopeQualifierBeside(t *testing.T) {
	const o = "We process the messages sent by your users solely to provide the Service and will not share them except as required by law."
	runRestated(t, []restatedCase{
		{"unread, beside a change of voice", "Your data", o, "We process the unread messages your users send solely to provide the Service and will not share them except as required by law.", true},
		{"taken away, beside a change of voice", "Your data", "We process the unread messages sent by your users solely to provide the Service and will not share them except as required by law.", "We process the messages your users send solely to provide the Service and will not share them except as required by law.", true},
		{"change of voice alone", "Your data", o, "We process the messages your users send solely to provide the Service and will not share them except as required by law.", false},
		{"an adjective before an adjective and its noun", "Access", "We enforce two-factor sign-in for all internal staff accounts.", "We enforce two-factor sign-in for the accounts of all senior internal staff.", true},
		{"applicable laws said as laws that apply", "Your duties", "Customers are responsible for ensuring the text messages they send to their contacts comply with all applicable marketing and consumer laws.", "It is for customers to make sure the text messages they send to their contacts meet all marketing and consumer laws that apply.", false},
		{"the qualifier moved, not dropped", "Your data", "We process the unread messages sent by your users solely to provide the Service.", "We process the messages your users send, unread ones included, solely to provide the Service.", false},
		{"daily said as every 24 hours", "Backups", "We keep encrypted daily backups with integrity checks.", "We keep encrypted backups every 24 hours with integrity checks.", false},
		// "all" traded for a word saying which ones, beside a rewording
		// (b222-30, b222-05)
		{"all traded for which ones, beside a noun said another way", "Records", "We keep a log of all incidents, including the steps taken.", "We keep a record of reportable incidents, including the steps taken.", true},
		{"all traded for which ones, with its preposition, beside an acronym spelt out", "Access", "We require two-factor authentication (2FA) for all internal staff accounts.", "We require 2FA (two-factor authentication) on administrative internal staff accounts.", true},
		{"all said as every, beside a noun said another way", "Records", "We keep a log of all incidents, including the steps taken.", "We keep a record of every incident, including the steps taken.", false},
		{"which ones said again after the noun", "Use", "We do not use customer data for marketing or independent purposes.", "We never use customer data for marketing or for any purposes of our own.", false},
		{"all said as our, beside a noun said another way", "Access", "We require two-factor authentication (2FA) for all internal staff accounts.", "We require 2FA (two-factor authentication) on our internal staff accounts.", false},
	})
}
