package material

import (
	"strings"
)

// A paragraph that only invites the reader to write with questions, and
// gives the mailbox to write to, promises the reader a way to reach us:
// where the new text still gives that mailbox, in whatever words it
// invites them ("Contacting the Web Site. If you have any questions about
// this privacy statement …, you can contact us wineverygame (at) gmail
// (dot) com" → "Play! Win! Have Fun (Safely and Privately)! wineverygame
// (at) gmail (dot) com - We love to hear from you!", b47-10), the reader
// reaches the same place, and no right changed. A mailbox that is gone,
// or a paragraph that also says what we do with the questions ("we will
// reply within 30 days"), still counts.

// spelledMailboxRE is a mailbox, written plainly or spelt out against robots:
// "privacy@example.com", "wineverygame (at) gmail (dot) com".
var spelledMailboxRE = mustPattern(`(?i)[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+`)

// invitationRE is a sentence that only invites the reader to write: "If
// you have any questions about this privacy statement, the practices of
// this site …, you can contact us", "Please email us with any questions".
var invitationRE = mustPattern(`(?i)^(?:if you have (?:any )?(?:questions|comments|concerns|feedback)[^.;]*?,\s*)?(?:you (?:can|may) |please |feel free to )?(?:contact|write to|e-?mail|reach|message) us(?: (?:at|by e-?mail at|with any (?:questions|comments|concerns)))?:?\s*$`)

// invitationKept reports text, added or removed whole, that only invites
// the reader to write to a mailbox the other text still gives.
func (c *classifier) invitationKept(text string, old bool) bool {
	if !strings.Contains(text, "us") {
		return false
	}
	boxes := spelledMailboxRE.FindAllString(text, -1)
	if len(boxes) == 0 {
		return false
	}
	for _, b := range boxes {
		if !c.inDoc(!old, b) {
			return false
		}
	}
	rest := spelledMailboxRE.ReplaceAllString(runInRE.ReplaceAllString(text, ""), "")
	rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), ".!"))
	if rest == "" {
		return false
	}
	return invitationRE.MatchString(rest)
}
