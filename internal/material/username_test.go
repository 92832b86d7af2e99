package material

import (
	"strings"
	"testing"
)

// TestUsernameIsData: "Username", written with a capital at the start of
// a list item, is a kind of data, not a party: the dump reported "New
// recipient: Username" 18 times (WordNet lacks the word, so it was read
// as a name like "Mailgun").
func TestUsernameIsData(t *testing.T) {
	rb := Builtin()
	rep, cats, why := judgeEdit(rb, "Information we collect", "We collect:\n\n- Email address\n- Password",
		"We collect:\n\n- Email address\n- Username\n- Password")
	if !rep.Material || !cats["data"] || strings.Contains(strings.Join(why, " "), "recipient") {
		t.Errorf("material=%v, categories %v, want data, no recipient: %s", rep.Material, cats, strings.Join(why, "; "))
	}
}
