package material

import "testing"

// TestExampleRestated: an example at the end of a sentence said another
// way, naming nothing new, is minor, though its "when" is gone (b41-18);
// an example naming another form, a party or a word of its own is not
// judged by it.
func TestExampleRestated(t *testing.T) {
	const h = "Information You Provide Us."
	const base = "We collect your name, phone number and email address directly from you when you choose to enter it on our website"
	const old = base + ", for instance when you complete the “Contact Us” form."
	checkMaterial(t, []materialCase{
		{h, old, base + " (for example, in the “Contact Us” form).", false},
		{h, old, base + ", e.g. when you complete the “Contact Us” form.", false},
		{h, old, base + " (for example, in the “Newsletter” form).", true},
		{h, old, base + " (for example, when a partner sends us the “Contact Us” form).", true},
		{h, old, base + " (for example, only in the “Contact Us” form).", true},
	})
}
