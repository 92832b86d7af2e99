package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// The holder of a contact role the controller must name of itself, its
// data protection officer (GDPR Art. 13(1)(b)) or its representative in
// the Union or the UK (Art. 27, with the controller's identity and
// contact details in Art. 13(1)(a)), is part of who the controller is
// and how it is reached, though an outside firm with a company name and
// an address: "Superhuman Platform, Inc. has appointed Bird & Bird DPO
// Services SRL as its Data Protection Officer (DPO)" → "… VeraSafe
// Ireland Ltd …" (b54-02) gives no data to VeraSafe; the reader's point
// of contact changed. A party named in the same words but given data
// ("we share your data with our EU representative") stays a recipient,
// and so does one appointed to any other role ("as our payment
// processor").
//
// contactRole returns "identity" for a material verdict naming a party
// (entity) of another category whose changed sentences, on the side the
// verdict names (new: added; old: removed), appoint or name the
// controller's data protection officer or representative
// (contactRoleRE) and share nothing (sharingStems); "" otherwise.
func (c *classifier) contactRole(v Verdict, ch redline.Change) string {
	if v.Category == "identity" || !strings.HasSuffix(v.Rule, ".entity") || c.rb.categoryIndex("identity") < 0 {
		return ""
	}
	text := c.changedSentencesOf(ch, v.Direction != Restricts)
	if text == "" || !contactRoleRE.MatchString(text) || containsAnyFold(text, sharingStems) {
		return ""
	}
	return "identity"
}

// contactRoleRE is a party appointed to the controller's own contact role
// ("has appointed X as its Data Protection Officer", "designated X as our
// EU representative"), that role said to be a party ("Our Data
// Protection Officer is X", "our UK representative, X,"), or the role as
// the label of a line of a contact block ("Data Protection Officer:
// Daniel Okafor", b57-49).
var contactRoleRE = mustPattern(`(?i)\b(?:appoint(?:s|ed)?|designat(?:es|ed)|nominat(?:es|ed)|engag(?:es|ed)|nam(?:es|ed))\b[^.;:]{0,80}?\bas\s+(?:its|our|their)\s+` + contactRoleNoun +
	`|\b(?:its|our)\s+` + contactRoleNoun + `(?:\s+in\s+the\s+(?:EU|UK|EEA|European\s+Union|United\s+Kingdom))?\s*(?:\((?:DPO|“?"?the\s+\w+"?”?)\)\s*)?(?:is|,|:)\s` +
	`|^\s*(?:[-*•]\s+)?(?:\*\*)?` + contactRoleNoun + `(?:\s*\(DPO\))?(?:\*\*)?\s*:(?:\*\*)?\s`)

// contactRoleNoun is the role: a data protection officer or a
// representative, with the place or article it is for.
const contactRoleNoun = `(?:(?:EU|UK|EEA|European|Swiss|GDPR|Art(?:icle|\.)\s*27|data\s+protection)\s+)*(?:data\s+protection\s+officer|DPO|representative)\b`

// contactRoleNounRE finds the role alone.
var contactRoleNounRE = mustPattern(`(?i)\b` + contactRoleNoun)

// contactRoleTraded reports the controller's data protection officer or
// representative named on one side more often than on the other: the
// role put in or taken out.
func contactRoleTraded(old, new string) bool {
	if old == "" || new == "" {
		return false
	}
	return len(contactRoleNounRE.FindAllStringIndex(old, -1)) != len(contactRoleNounRE.FindAllStringIndex(new, -1))
}
