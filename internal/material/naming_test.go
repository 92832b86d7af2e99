package material

import (
	"strings"
	"testing"
)

// TestNamingPhrase holds b19-29 ('data ("right to be forgotten")' →
// 'data (sometimes called the "right to be forgotten")') in other words:
// a phrase that only says a quoted term names what it follows ("also
// known as", "often referred to as", "called") commits to nothing, and
// its "sometimes" or "often" is how often the name is used. A force word
// outside the phrase, or a right changed beside it, still counts.
func TestNamingPhrase(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b19-29", "Your Data Rights",
			`- Right to Erasure (Art. 17): Request deletion of your personal data ("right to be forgotten")`,
			`- Right to Erasure (Art. 17): Request deletion of your personal data (sometimes called the "right to be forgotten")`, false},
		{"also known as", "Your rights",
			"You can ask us to delete your data (the “right to erasure”).",
			"You can ask us to delete your data (also known as the “right to erasure”).", false},
		{"often referred to as", "Your rights",
			`You can ask us to send your data to another service ("data portability").`,
			`You can ask us to send your data to another service (often referred to as "data portability").`, false},
		{"called for known as", "Cookies",
			`We use small text files called "cookies" to remember your settings.`,
			`We use small text files known as "cookies" to remember your settings.`, false},
		// material twins
		{"a right changed beside the name", "Your Data Rights",
			`- Right to Erasure (Art. 17): Request deletion of your personal data ("right to be forgotten")`,
			`- Right to Erasure (Art. 17): Request restriction of your personal data (sometimes called the "right to be forgotten")`, true},
		{"sometimes said of the act", "Your Data Rights",
			`We delete your personal data when you ask ("right to be forgotten").`,
			`We sometimes delete your personal data when you ask (known as the "right to be forgotten").`, true},
		{"a period beside the name", "Your rights",
			`You can ask us to delete your data ("right to erasure") and we will do so within 30 days.`,
			`You can ask us to delete your data (also called the "right to erasure") and we will do so within 60 days.`, true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
