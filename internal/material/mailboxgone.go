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

// mailboxCome returns the mailbox the new sentence gives in place of
// another way to reach the company that the old sentence gave (a link, a
// form), named nowhere in the old policy: "[Contact us](https://plausible.io/contact)
// if you have any questions" → "Contact us at privacy@plausible.io if you
// have any questions" (plausible/website). A new channel to exercise a
// right is a term of it, as one taken away is (mailboxGone). So is one
// given where the sentence gave no way at all: "Questions regarding this
// policy may be directed to:" → "… can be sent to our privacy team at:
// privacy@omnie.com" (b190-50). A mailbox the old policy gave elsewhere,
// or one put beside an address or a web page the sentence already gave,
// is not this.
func (c *classifier) mailboxCome(ch redline.Change) string {
	if ch.Old == "" || ch.New == "" || !strings.Contains(ch.New, "@") {
		return ""
	}
	if !strings.Contains(ch.Old, "](") && (strings.Contains(ch.Old, "@") || strings.Contains(ch.Old, "http") || strings.Contains(ch.Old, "www.")) {
		return ""
	}
	if strings.Contains(ch.Old, "email protected") || strings.Contains(ch.Old, "email-protection") {
		return "" // an address a CDN hid behind a link ("[email protected]"), now shown
	}
	for _, m := range emailRE.FindAllString(ch.New, -1) {
		if strings.Contains(ch.Old, m) || strings.HasPrefix(strings.ToLower(m), "noreply") || strings.HasPrefix(strings.ToLower(m), "no-reply") {
			continue
		}
		if !c.inDoc(true, strings.ToLower(m)) {
			return m
		}
	}
	return ""
}

// mailboxCameVerdict is the verdict of a mailbox given anew.
func (c *classifier) mailboxCameVerdict(ch redline.Change, box string) Verdict {
	k := "rights"
	if c.rb.categoryIndex(k) < 0 {
		k = "unclassified"
	}
	way := "where the policy gave another way"
	if !strings.Contains(ch.Old, "](") {
		way = "where the sentence gave none"
	}
	return c.material(ch, k+".contact", &signals{}, nil, nil, fmt.Sprintf("%s: a mailbox to write to, %s, given %s: %s",
		c.label(k), box, way, quoteChange(ch.Old, ch.New)))
}
