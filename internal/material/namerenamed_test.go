package material

import (
	"strings"
	"testing"
)

// TestProductRenamed: a product of the author's renamed, nothing else of
// the sentence changed, is no new party (b26-12, b28-41, b11-03 in other
// words); a processor put in another's place is a new recipient.
func TestProductRenamed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"your account renamed", "Please use a strong password for your fjord.io account.", "Please use a strong password for your Fjordhub account.", false},
		{"the product provided", "We keep your messages as long as needed to provide you with the Service.", "We keep your messages as long as needed to provide you with Quillon Notes Pro.", false},
		{"the login renamed", "When using the Harbour Customer Portal login, some data is collected.", "When using the Tidewell login, some data is collected.", false},
		{"the login renamed, quoted", "When using the Harbour Customer Portal login, some data is collected.", "When using the “My Harbour” login, some data is collected.", false},
		{"a processor swapped", "We use Mailgun to send our newsletters.", "We use Sendinblue to send our newsletters.", true},
		{"a processor an agent", "Card payments are handled by Stripe.", "Card payments are handled by Adyen.", true},
		{"data shared with another", "We share your order history with Quillon Ltd.", "We share your order history with Tidewell Ltd.", true},
	} {
		rep, _, why := judgeEdit(rb, "Your account", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
