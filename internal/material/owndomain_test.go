package material

import "testing"

// TestNamedByOwnAddress holds b19-11 in other words: a name that the
// address a sentence gives for "us" spells ("directly to Palantir by
// contacting us as privacy@palantir.com") is the author, and a way to
// complain to it added is about the reader's rights, not a recipient. A
// name beside another party's address, or one no "us" address spells, is
// still a recipient.
func TestNamedByOwnAddress(t *testing.T) {
	rb := Builtin()
	const heading = "Your rights in relation to your personal data"
	const old = "If you live or work in the United Kingdom, you may complain to the Information Commissioner’s Office using this [link](https://ico.org.uk/global/contact-us/contact-us-public/)."
	for _, tc := range []struct{ name, new, want string }{
		{"b19-11", "If you live or work in the United Kingdom, you may make a data protection complaint directly to Palantir by contacting us as [privacy@palantir.com](mailto:privacy@palantir.com), or you may complain to the Information Commissioner’s Office using this [link](https://ico.org.uk/global/contact-us/contact-us-public/).", "rights"},
		{"email us at", "If you live or work in the United Kingdom, you may first complain to Zentrova Labs: email us at dpo@zentrovalabs.com. You may also complain to the Information Commissioner’s Office using this [link](https://ico.org.uk/global/contact-us/contact-us-public/).", "rights"},
		// twins: another party
		{"another party's address", "If you live or work in the United Kingdom, you may complain to Quorbit, our representative, at privacy@quorbit.com, or contact us at privacy@palantir.com, or complain to the Information Commissioner’s Office using this [link](https://ico.org.uk/global/contact-us/contact-us-public/).", "!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, heading, old, tc.new, tc.want)
	}
}
