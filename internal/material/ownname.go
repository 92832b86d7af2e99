package material

import (
	"strings"
)

// addressRE matches an e-mail or web address, so that a name is looked
// for outside them.
var addressRE = mustPattern(`[\w.+-]+@[\w.-]+|https?://\S+|www\.\S+`)

// ownNameOnly reports words left unexplained that are only the company's
// own name, the one its e-mail address or website already carries, and
// its legal form: "reach us by mail at Nieuwezijds Voorburgwal 162" →
// "… at WeTransfer B.V., Nieuwezijds Voorburgwal 162", beside
// "privacy@wetransfer.com" (b55-43, read a word the rules could not
// explain). The letters go to the company the reader already writes to;
// no controller or recipient is named that was not. Another company's name
// at that address ("at Dropbox, Inc., …") names someone else and is judged
// as before; so is a name put in place of another (words removed).
// left are the words unexplained, folded; new is the changed text after
// the change; ownDomain asks whether the block the change is in, before
// it, carries an address of a domain.
func ownNameOnly(left []string, new string, ownDomain func(w string) bool) bool {
	named := false
	bare := strings.ToLower(addressRE.ReplaceAllString(new, " "))
	for _, w := range left {
		if formWord(w) {
			continue
		}
		// The name is written as a name, not as the address itself: an
		// e-mail address added ("privacy.dailymotion@leeko.com") is a new
		// way to write, judged as such.
		if len(w) < 3 || !ownDomain(w) || !hasWordAt(bare, w) {
			return false
		}
		named = true
	}
	return named
}

// ownDomain reports an e-mail address or web address of text whose domain
// is the name w: "privacy@wetransfer.com", "https://www.wetransfer.com/…".
func ownDomain(text, w string) bool {
	lt := strings.ToLower(text)
	for _, lead := range []string{"@", "//", "www."} {
		if strings.Contains(lt, lead+w+".") {
			return true
		}
	}
	return false
}

// ownDomainText reports an address of domain w in the block of the old
// (or new) text the change is in.
func (c *classifier) ownDomainText(old bool, w string) bool {
	i, ok := c.rowIndex()
	if !ok {
		return false
	}
	b := sideBlock(c.rows[i], old)
	return b != nil && ownDomain(b.Text, w)
}

// ownDomainIn is ownDomainText, traced.
func (c *classifier) ownDomainIn(old bool, w string) bool {
	return c.ask(askOwnDomain, old, w, yes(c.ownDomainText(old, w))) != ""
}

// ownDomainDocText reports an address of domain w anywhere in the old (or
// new) text: "hello@omniops.co.uk" makes OmniOps the author's name,
// though the policy's opening never writes it (the OmniOps seed names
// itself only in a heading, "## Omniops Ltd").
func (c *classifier) ownDomainDocText(old bool, w string) bool {
	return ownDomain(c.side(old).lowered(c.ix), w)
}

// ownDomainDoc is ownDomainDocText, traced.
func (c *classifier) ownDomainDoc(old bool, w string) bool {
	return c.ask(askOwnDomainDoc, old, w, yes(c.ownDomainDocText(old, w))) != ""
}
