package material

import (
	"strings"
	"testing"
)

// TestPlaceWhere: a relative clause after a noun of place or of case says
// the same with "in which" as with "where" ("the jurisdictions in which we
// process it" → "… where we process it"), and where the reader is, after
// "depending on" or "regardless of", is the same said as a noun or as a
// clause ("Depending on your location, you may have …" → "You may have …
// depending on where you live"). Their twins stay material: the place
// narrowed ("where you are located in the EEA"), the condition changed,
// whose place it is, a force or a recipient changed beside the rewording,
// "in which" said "where" with another act.
func TestPlaceWhere(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"International transfers", "We will take steps to protect your personal information in the jurisdictions in which we process it.", "We will take steps to protect your personal information in the jurisdictions where we process it.", false},
		{"Sharing", "We disclose your information only in the circumstances in which the law requires it.", "We disclose your information only in the circumstances where the law requires it.", false},
		{"Your rights", "Depending on your location, you may have the right to access or delete your personal data.", "You may have the right to access or delete your personal data, depending on where you live.", false},
		{"Your rights", "Depending on where you are located, you may have the right to access or delete your personal data.", "Depending on your location, you may have the right to access or delete your personal data.", false},
		{"Your rights", "Regardless of your location, you can ask us for a copy of your data.", "Regardless of where you reside, you can ask us for a copy of your data.", false},

		{"Your rights", "Depending on your location, you may have the right to access or delete your personal data.", "Where you are located in the EEA, you may have the right to access or delete your personal data.", true},
		{"Your rights", "Regardless of your location, we will delete your data when you ask us to.", "Regardless of where you live, we may delete your data when you ask us to.", true},
		{"Your rights", "Depending on your location, we will respond to your request within 30 days.", "Depending on where you are located, we will respond to your request within 45 days.", true},
		{"Your rights", "Regardless of your location, you can ask us for a copy of your data.", "Regardless of where they live, you can ask us for a copy of your data.", true},
		{"Sharing", "Depending on your location, we may share your data with our service providers.", "Depending on where you live, we may share your data with our service providers and with advertisers.", true},
		{"Sharing", "We disclose your information only in the circumstances in which the law requires it.", "We disclose your information in the circumstances where the law requires it.", true},
		{"Sharing", "We disclose your information in the cases in which you consent.", "We disclose your information where the law allows it.", true},
		{"International transfers", "We store your personal information in the jurisdictions in which we operate.", "We store your personal information in any jurisdiction where our providers operate.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
