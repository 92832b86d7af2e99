package material

import (
	"fmt"
	"strings"
)

// ownListed returns the author's own product that only one side names, as
// an item of a list of its products both sides name: "the Desmos Graphing
// Calculator, Desmos Geometry Tool, 3D Calculator, Desmos Notebook, future
// standalone tools …" with "Desmos Notebook" added. Naming one's own
// product or team in passing commits to nothing ("contact OmniCRM
// Support"), but a product added to or dropped from the products a policy
// or a statement lists is what it covers: its data are collected under it,
// or no longer. It returns the name, whether it was added, and a product
// beside it; "" when the change is not that. A product in the place of
// another is a rename, not this.
func (c *classifier) ownListed(ctxOld, ctxNew string) (name string, added bool, beside string) {
	eo, en := c.entities(ctxOld), c.entities(ctxNew)
	gone, come := minusNames(eo, en), minusNames(en, eo)
	if len(gone)+len(come) != 1 {
		return "", false, ""
	}
	text, es, added := ctxNew, en, true
	if len(gone) == 1 {
		text, es, added, name = ctxOld, eo, false, gone[0]
	} else {
		name = come[0]
	}
	shared := func(e string) bool {
		return len(minusNames([]string{e}, eo)) == 0 && len(minusNames([]string{e}, en)) == 0
	}
	text = strings.ReplaceAll(mdLinkRE.ReplaceAllString(text, "$1"), "**", "") // "[3D Calculator](/3d), [Desmos Notebook](/notebook)"
	// The items of the sentence's lists: the name must be one, whole, and
	// a product both sides name another.
	isItem, other := false, ""
	for _, part := range listItemSplitRE.Split(text, -1) {
		part = strings.TrimSpace(part)
		if i := strings.Index(part, " ("); i > 0 {
			part = part[:i] // "the Omni AI Assistant (together, the "Service")" (b105-31)
		}
		if coversRE.MatchString(text) {
			// The last product of what the policy covers ends its
			// sentence: "… when you use our Omni Lead Management Software
			// and the Omni AI Assistant." A team named last in passing
			// ("with GitHub Support and GitHub Premium Support.") is not
			// read so.
			part = strings.TrimRight(part, ".")
		}
		part = strings.TrimPrefix(strings.TrimPrefix(part, "the "), "our ")
		if part == name {
			isItem = true
			continue
		}
		for _, e := range es {
			if e != name && shared(e) && strings.HasSuffix(part, e) {
				other = e
			}
		}
	}
	if isItem && other != "" {
		return name, added, other
	}
	return "", false, ""
}

// coversRE finds a sentence that says what the policy covers.
var coversRE = mustPattern(`(?i)\b(?:when you use|applies to|this (?:privacy )?(?:policy|notice|statement))\b`)

// listItemSplitRE splits a sentence into the items of its lists.
var listItemSplitRE = mustPattern(`[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)

// ownListedReason is the reason for ownListed's change.
func ownListedReason(name string, added bool, beside, quoted string) string {
	if added {
		return fmt.Sprintf("Product covered added: '%s', listed with '%s': %s", name, beside, quoted)
	}
	return fmt.Sprintf("Product covered removed: '%s', listed with '%s': %s", name, beside, quoted)
}
