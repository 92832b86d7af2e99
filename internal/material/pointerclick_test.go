package material

import (
	"strings"
	"testing"
)

// TestPointerClick: a sentence added or removed that only sends the reader
// to more information commits to nothing, whatever verb sends them
// ("click", "tap", "consult", "go to" as "see" or "visit"), and so does one
// that sends them to instructions for something they do ("For more
// information on how to contact the data protection officer, please click
// here", b58-13; OTA Netflix v9, Amazon.com v10). Instructions to stop or
// object, a "how" of what we do, or a request the sentence itself makes
// stay material.
func TestPointerClick(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"click here for more", "Cookies", "We use cookies to remember your settings.", "We use cookies to remember your settings. For more information about cookies, please click [here](https://acme.com/cookies).", false},
		{"tap to learn more", "Cookies", "We use cookies to remember your settings.", "We use cookies to remember your settings. To learn more, tap [here](https://acme.com/cookies).", false},
		{"consult for details", "Transfers", "We may transfer your data to our offices abroad.", "We may transfer your data to our offices abroad. For further details, please consult our [transfer notice](https://acme.com/transfers).", false},
		{"how to contact the officer", "Contact", "Data Protection Officer\n\nAcme Ltd, 1 Main Street, Dublin, Ireland.", "Data Protection Officer\n\nAcme Ltd, 1 Main Street, Dublin, Ireland.\n\nFor more information on how to contact the data protection officer, please click [here](https://acme.com/dpo).", false},
		{"how to download", "Your rights", "You can ask for a copy of your data.", "You can ask for a copy of your data. For more details on how to download your archive, click [here](https://acme.com/help/download).", false},
		// Twins.
		{"click to opt out", "Cookies", "We use cookies to remember your settings.", "We use cookies to remember your settings. To opt out of targeted advertising, click [here](https://acme.com/optout).", true},
		{"how to opt out", "Sharing", "We may sell your personal information to data brokers.", "We may sell your personal information to data brokers. For more information on how to opt out of the sale, click [here](https://acme.com/optout).", true},
		{"click to request deletion", "Your rights", "You have the right to ask us to delete your data.", "You have the right to ask us to delete your data. Please click [here](https://acme.com/delete) to request deletion of your data.", true},
		{"how we share", "Sharing", "We share data with partners.", "We share data with partners.\n\nFor more information about how we share your data with advertisers, click [here](https://acme.com/ads).", true},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material = %v, want %v (%v): %s", tc.name, rep.Material, tc.material, cats, strings.Join(why, "; "))
		}
	}
}
