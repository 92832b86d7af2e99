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
