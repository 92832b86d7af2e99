package material

import (
	"strings"
	"testing"
)

// TestDataKindChanged: the word before a noun of data says which data a
// commitment covers, even a word WordNet knows as ordinary English: "we
// do not sell the personal information we have collected" → "… the
// contact information …" no longer denies the sale of the rest. Minor
// twins: a word that names no kind ("personal", "your", "such") added or
// dropped, the head said another way ("personal information" → "personal
// data"), and the kind said after the noun instead ("account
// information" → "information about your account").
func TestDataKindChanged(t *testing.T) {
	rb := Builtin()
	const sale = "At this time we do not sell the personal information we have collected about you through this Site."
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", sale, strings.Replace(sale, "the personal information", "your information", 1), false},
		{"Your rights", sale, strings.Replace(sale, "the personal information", "such personal information", 1), false},
		{"Your rights", "You can review and change your personal information in your account settings.", "You can review and change your personal data in your account settings.", false},
		{"Your rights", "You can review and change your account information in your settings.", "You can review and change information about your account in your settings.", false},

		{"Your rights", sale, strings.Replace(sale, "the personal information", "the contact information", 1), true},
		{"Your rights", "You can review and change your personal information by logging into the Service.", "You can review and change your profile information by logging into the Service.", true},
		{"Your rights", "You can review and change your contact information by logging into the Service.", "You can review and change your personal information by logging into the Service.", true},
		{"Sharing", "We share your personal data with our payment processor.", "We share your billing data with our payment processor.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestDataKindAtStart: a kind of data named at the start of a sentence,
// where it said personal information ("Contact information is used
// solely for:", b189-45), takes the rest of the reader's data out of what
// the sentence says, and the other way widens it. "Your" or "personal"
// put before the noun names no kind.
func TestDataKindAtStart(t *testing.T) {
	const h = "Use of Information"
	runRestated(t, []restatedCase{
		{"personal → contact", h, "Personal information is used solely for:", "Contact information is used solely for:", true},
		{"account → personal", h, "We never sell your account information.", "We never sell your personal information.", true},
		{"your put before", h, "Personal information is used solely for:", "Your personal information is used solely for:", false},
		{"personal put in", h, "We never sell your information.", "We never sell your personal information.", false},
	})
}
