package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A mailbox the reader was told to write to, replaced in its sentence by
// another way to reach the company and named nowhere in the new policy,
// is a channel taken away: "You can close your npm account at any time by
// e-mailing support@npmjs.com" → "… by [contacting support](https://…)"
// (npm-045). The words traded are ordinary ("emailing" → "contacting"),
// so the change read as "Wording not about personal data"; but how the
// reader exercises a right is a term of it (GDPR Art. 12(2), the rubric's
// "rights and how to exercise them (contacts, deadlines)"). A mailbox the
// new policy still gives elsewhere, or a sentence only reworded around the
// same mailbox, changes no channel.

// mailboxGone returns the mailbox the old sentence gives that the new
// sentence, which still says something in its place, and the whole new
// policy no longer give; "" otherwise.
func (c *classifier) mailboxGone(ch redline.Change) string {
	if ch.Old == "" || ch.New == "" || !strings.Contains(ch.Old, "@") {
		return ""
	}
	for _, m := range emailRE.FindAllString(ch.Old, -1) {
		if strings.Contains(ch.New, m) {
			continue
		}
		if !c.inDoc(false, strings.ToLower(m)) {
			return m
		}
	}
	return ""
}

// mailboxGoneVerdict is the verdict of a mailbox taken away.
func (c *classifier) mailboxGoneVerdict(ch redline.Change, sig *signals, removed, added []string, box, ctxOld, ctxNew string) Verdict {
	k := "rights"
	if c.rb.categoryIndex(k) < 0 {
		k = "unclassified"
	}
	return c.material(ch, k+".contact", sig, removed, added, fmt.Sprintf("%s: the mailbox to write to, %s, is no longer given: %s",
		c.label(k), box, quoteChange(ctxOld, ctxNew)))
}
