package material

import (
	"fmt"
	"strings"
	"testing"
)

// TestMailboxGivenForLink holds a mailbox given where the policy sent the
// reader to a contact page: Plausible's privacy policy (plausible/website)
// went from "[Contact us](https://plausible.io/contact) if you have any
// questions" to "Contact us at privacy@plausible.io if you have any
// questions", read as the same commitments. A new channel to exercise a
// right is a term of it, as one taken away is. A mailbox the policy gave
// already, or an address a CDN hid behind a link now shown, is no new
// channel.
func TestMailboxGivenForLink(t *testing.T) {
	rb := Builtin()
	page := func(contact string) string {
		return "# Privacy Policy\n\n## Your rights\n\nYou can ask us for a copy of your data. " + contact + "\n\n## Security\n\nWe encrypt your data.\n"
	}
	rep, cats, why := judgeText(rb, page("[Contact us](https://example.com/contact) if you have any questions."), page("Contact us at privacy@example.com if you have any questions."))
	wantCategoryNot(t, "a mailbox for a contact page", rep, cats, why, "rights", "")
	known := "# Privacy Policy\n\n## Your rights\n\nYou can ask us for a copy of your data. %s\n\n## Contact\n\nWrite to privacy@example.com.\n"
	_, _, why = judgeText(rb, fmt.Sprintf(known, "[Contact us](https://example.com/contact) if you have any questions."), fmt.Sprintf(known, "Contact us at privacy@example.com if you have any questions."))
	if strings.Contains(strings.Join(why, ";"), "a mailbox to write to") {
		t.Errorf("a mailbox the policy gave already, read as a new one: %v", why)
	}
}

// TestAccountIDSeen holds who sees the reader's account ID changed: the
// Apache Software Foundation's committer policy (apache/privacy-website)
// went from "PMC members will see the connection between your Github ID
// and your ASF account ID" to "The Infrastructure team will see …", read
// as wording about no personal data. An account's or a user's ID is
// personal data.
func TestAccountIDSeen(t *testing.T) {
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "Linking accounts", "PMC members will see the connection between your Github ID and your ASF account ID.", "The Infrastructure team will see the connection between your Github ID and your ASF account ID.")
	if !rep.Material {
		t.Errorf("who sees an account ID changed: minor, want material: %v", why)
	}
}
