package material

import "testing"

// A mailbox the reader writes to, replaced by a web page and named nowhere
// else, is a channel of a right taken away (npm-045); the same mailbox
// kept, in other words, or still given elsewhere, is not.
func TestMailboxGone(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "gone", "Your choices",
		"You can close your account at any time by emailing [support@example.com](mailto:support@example.com).",
		"You can close your account at any time by [contacting support](https://example.com/support).", "rights")
	for _, tc := range [][2]string{
		{"You can close your account at any time by emailing support@example.com.", "You can close your account whenever you like by emailing support@example.com."},
		{"You can close your account at any time by emailing support@example.com. Questions? Write to support@example.com.",
			"You can close your account at any time by [contacting support](https://example.com/support). Questions? Write to support@example.com."},
	} {
		rep, _, why := judgeEdit(rb, "Your choices", tc[0], tc[1])
		for _, v := range rep.Verdicts {
			if v.Rule == "rights.contact" {
				t.Errorf("%q → %q: read as a mailbox gone: %v", tc[0], tc[1], why)
			}
		}
	}
}
