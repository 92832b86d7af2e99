package material

import "testing"

// TestRoleAppositive: a party named on both sides, said again by its
// role beside its name, names no one new (b117-03, b117-06); a name put
// in beside a role is a party put in. (Written before the rules were
// changed.)
func TestRoleAppositive(t *testing.T) {
	runRestated(t, []restatedCase{
		{"role after the name", "Where we store data",
			"Your files are stored by Backblaze in the Netherlands.",
			"Your files are stored by Backblaze, our storage provider, in the Netherlands.", false},
		{"role before the name", "Security",
			"Backups are encrypted by Backblaze using managed keys.",
			"Backups are encrypted by our storage vendor, Backblaze, using managed keys.", false},
		{"a new name beside its role", "Security",
			"Backups are encrypted by Backblaze using managed keys.",
			"Backups are encrypted by our storage vendor, Wasabi, using managed keys.", true},
		{"a role phrase opening the sentence", "Payments",
			"Card details are stored by the payment provider under its own policy.",
			"The payment provider stores card details under its own policy.", false},
		{"a second party beside the first", "Where we store data",
			"Your files are stored by Backblaze in the Netherlands.",
			"Your files are stored by Backblaze and by our storage provider, Wasabi, in the Netherlands.", true},
	})
}
