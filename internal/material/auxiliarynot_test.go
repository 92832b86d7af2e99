package material

import (
	"strings"
	"testing"
)

// TestAuxiliaryNotNamesNoOne: "Don't", "Won't", "Can't" opening a sentence
// (b75-37's "Communications: Don't want our promotional messages?") is an
// auxiliary and "not", never a party: it was reported as "New recipient:
// Don't". The twin opens the same sentence with a word WordNet does not
// know ("Mailgun"), which stays a new recipient.
func TestAuxiliaryNotNamesNoOne(t *testing.T) {
	rb := Builtin()
	const old = "  • Communications: You can opt-out of receiving promotional communications from us by following the unsubscribe instructions in those communications or by contacting us."
	for _, tc := range []struct {
		name, new, want string
		party           bool
	}{
		{"don't", "  • Communications: Don't want our promotional messages? Follow the unsubscribe instructions included in any of them, or just contact us, to opt out.", "Don't", false},
		{"won't", "  • Communications: Won’t read our promotional messages? Follow the unsubscribe instructions in those communications or contact us.", "Won’t", false},
		{"a name", "  • Communications: Mailgun sends our promotional messages. Follow the unsubscribe instructions included in any of them, or just contact us, to opt out.", "Mailgun", true},
	} {
		_, _, why := judgeEdit(rb, "Your Privacy Choices", old, tc.new)
		got := strings.Contains(strings.Join(why, "; "), "New recipient: "+tc.want)
		if got != tc.party {
			t.Errorf("%s: reported as a new recipient %v, want %v: %s", tc.name, got, tc.party, strings.Join(why, "; "))
		}
	}
}
