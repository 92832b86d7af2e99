package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// mailboxBeside judges another e-mail address given in a text whose other
// words changed too, where those words alone change nothing: "Questions?
// Email privacy@acme.com and we will reply" → "… dpo@acme.com and we'll
// reply" read "Wording not about personal data", since the address was
// judged only where the rest read the same. The reader writes to another
// mailbox (as the rule for the address alone has it), whatever small
// rewording stands beside it. The rest, with the addresses masked, is
// judged on its own; if it is material, that verdict stands.
func (c *classifier) mailboxBeside(ch redline.Change, co []string, mo string) (Verdict, bool) {
	cn, mn := c.ix.contactsOf(ch.New)
	if !mailboxesOnly(co) || !mailboxesOnly(cn) || len(cn) == 0 || sameContacts(co, cn) || c.rb.categoryIndex("rights") < 0 {
		return Verdict{}, false
	}
	rest := ch
	rest.Old, rest.New = mo, mn
	if rv := c.judge(rest); rv.Material {
		return Verdict{}, false
	}
	gone, put := minusNames(co, cn), minusNames(cn, co)
	if len(gone) == 0 || len(put) == 0 {
		// An address only dropped (an empty link to an old mailbox beside
		// the one that stays) or only read apart from the same one
		// ("robert\_niedermeier@" escaped): no mailbox put for another.
		return Verdict{}, false
	}
	q := "'" + strings.Join(gone, ", ") + "' → '" + strings.Join(put, ", ") + "'"
	return c.material(ch, "rights.contact", &signals{}, nil, nil, c.label("rights")+": another address to write to: "+q+", the other words reworded only: "+quoteChange(ch.Old, ch.New)), true
}
