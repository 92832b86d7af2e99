package material

import (
	"strings"
	"testing"
)

// TestRenamedTitle: a part of the service the reader is sent to, named by
// a title in capitals between the same determiner and the same kind of
// part, renamed, is the same part (b59-27). A title that names a party or
// a country, or other words changed with it, stay for the other rules.
func TestRenamedTitle(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"a section of the settings", "Access your information",
			"If you want to see what information we have collected about you, you can request a copy of your data in the Data & Privacy section of your User Settings. You should receive it within 30 days.",
			"If you want to see what information we have collected about you, you can request a copy of your data in the Privacy & Safety section of your User Settings. You should receive it within 30 days.", false},
		{"a page of the account", "Your choices", "You can turn off personalised ads on the Ad Preferences page of your account.", "You can turn off personalised ads on the Ads Privacy Choices page of your account.", false},
		{"a tab to visit", "Your rights", "To delete your account, visit the Account Settings tab and choose Delete.", "To delete your account, visit the Manage Account tab and choose Delete.", false},
		// Twins.
		{"a party named", "Sharing", "We sell data through the Partner Marketplace program.", "We sell data through the Data Broker Exchange program.", true},
		{"a country named", "Transfers", "Your data is stored in the EU Cloud region of our provider.", "Your data is stored in the US Cloud region of our provider.", true},
		{"a term added", "Your choices", "You can turn off personalised ads on the Ad Preferences page of your account.", "You can turn off personalised ads on the Ad Preferences page of your account, for a fee.", true},
		{"the kind changed with it", "Your rights", "You can object in the Privacy Settings page.", "You can object by writing to the Privacy Office team.", true},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material = %v, want %v (%v): %s", tc.name, rep.Material, tc.material, cats, strings.Join(why, "; "))
		}
	}
}

// TestTitleKindRenamed: a page or tool the reader is sent to, its kind
// the title's own last word ("our GDPR Rights Page" → "our Privacy
// Request Centre", b80-29), is the same place renamed. The twins keep the
// construction and change a commitment or a party: a coined name for the
// place, a hedge or a longer deadline in the same edit.
func TestTitleKindRenamed(t *testing.T) {
	rb := Builtin()
	const heading = "Exercise Your Rights"
	const old = "Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days."
	for _, tc := range []struct {
		name, new string
		material  bool
		reason    string
	}{
		{"b80-29", "Visit our Privacy Request Centre to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days.", false, "renamed"},
		{"twin: a coined name for the place", "Visit our Zorvex Request Centre to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days.", true, "Zorvex"},
		{"twin: a hedge beside it", "Visit our Privacy Request Centre to submit a data request, or contact us at hello@omniops.co.uk. We aim to respond to all requests within 30 days.", true, "aim to"},
		{"twin: a longer deadline beside it", "Visit our Privacy Request Centre to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 45 days.", true, "45"},
		{"twin: a party's page", "Visit our Partner Network Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days.", true, ""},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if joined := strings.Join(why, "; "); rep.Material != tc.material || !strings.Contains(joined, tc.reason) {
			t.Errorf("%s: material=%v, want %v with %q: %s", tc.name, rep.Material, tc.material, tc.reason, joined)
		}
	}
}
