package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

func TestPartyItemName(t *testing.T) {
	for item, want := range map[string]string{
		"* [hCaptcha](https://hcaptcha.com/privacy). Anti-bot protection.":                     "hCaptcha",
		"* [Google reCAPTCHA](https://developers.google.com/recaptcha/). Anti-bot protection.": "Google reCAPTCHA",
		"* Walnut. Product demo software.":                                                     "Walnut",
		"- Mailgun Technologies (United States), for sending email":                            "Mailgun Technologies",
		"- website hosting": "",
		"* A list of every service we have ever used for anything at all": "",
	} {
		if got := partyItemName(item); got != want {
			t.Errorf("partyItemName(%q) = %q, want %q", item, got, want)
		}
	}
}

// TestPartyListItem: an item added to, removed from or replaced in a list
// whose lead-in says where the parties it lists are ("These subprocessors
// are all located in the United States:") is a recipient, named, not a
// transfer to confirm (basecamp-099, 105, 106, 120: "To confirm
// (international transfers): … the rules cannot tell whether 'google',
// 'recaptcha' changes a commitment"). Twin: a list of places under the
// same kind of lead-in stays a transfer.
func TestPartyListItem(t *testing.T) {
	doc := func(lead string, items ...string) []byte {
		return []byte("# Subprocessors\n\nWe use third party subprocessors to run the service.\n\n" + lead + "\n\n" + strings.Join(items, "\n") + "\n\nIf you want to be notified of changes, subscribe to our repository.\n")
	}
	const lead = "The following is a list of personal data subprocessors we use. These subprocessors are all located in the United States:"
	aws := "* [Amazon Web Services](https://aws.amazon.com/gdpr/). Cloud services provider."
	// A name the rulebook knows ("Google") is read by the entity rules;
	// these are names it does not know, which went to a reviewer.
	rec := "* [Friendly Captcha](https://friendlycaptcha.com/privacy/). Anti-bot protection."
	hc := "* [hCaptcha](https://hcaptcha.com/privacy). Anti-bot protection."
	// Google named in another item: "Google reCAPTCHA" names no new
	// party to the entity rules, and "hCaptcha" is no capitalised name.
	gcp := "* [Google Cloud Platform](https://cloud.google.com/security/gdpr/). Cloud services provider."
	grc := "* [Google reCAPTCHA](https://developers.google.com/recaptcha/). Anti-bot protection."
	rb := Builtin()
	for _, tc := range []struct {
		name     string
		old, new []byte
		category string
		reason   string
	}{
		{"added", doc(lead, aws), doc(lead, aws, rec), "recipients", "New recipient: Friendly Captcha"},
		{"removed", doc(lead, aws, rec), doc(lead, aws), "recipients", "Removed recipient: Friendly Captcha"},
		{"replaced", doc(lead, aws, gcp, grc), doc(lead, aws, gcp, hc), "recipients", "Recipient replaced: Google reCAPTCHA → hCaptcha"},
		{"twin: a list of places", doc("Our data centres are located in the following regions:", "* Ireland"), doc("Our data centres are located in the following regions:", "* Ireland", "* Singapore"), "transfers", ""},
	} {
		rep := Classify(redline.Diff(tc.old, tc.new), rb)
		ok := false
		var why []string
		for _, v := range rep.Verdicts {
			why = append(why, v.Category+" "+v.Rule+": "+v.Reason)
			if v.Material && v.Category == tc.category && strings.Contains(v.Reason, tc.reason) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: want a material %s verdict saying %q, got %s", tc.name, tc.category, tc.reason, strings.Join(why, "; "))
		}
	}
}
