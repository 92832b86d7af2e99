package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A list item that a right's name heads ("1. **Access:** to learn the
// categories … of information we collect, use, disclose and sell; for
// those in California, … the third parties to whom the information is
// disclosed or sold", b53-32) states what that right gives: what the
// reader may learn of sharing is a term of the right of access, not of
// sharing. The rubric files a right's content under rights (Art. 15-22,
// Art. 13(2)(b)).
//
// rightLabelled returns "rights" for a material verdict of another
// category whose block, on both sides, opens with the same bold run-in
// label naming a right of the reader's (rightLabelRE). A name added or
// removed keeps its kind (a party, a place).
func (c *classifier) rightLabelled(v Verdict, ch redline.Change) string {
	if !v.Material || v.Category == "rights" || v.Category == "ai" || c.rb.categoryIndex("rights") < 0 || strings.HasSuffix(v.Rule, ".entity") {
		return ""
	}
	if (ch.Kind == redline.Insert || ch.Kind == redline.Delete) && rightsLabelRE.MatchString(ch.Old+ch.New) {
		return "rights" // "Your California Privacy Rights: Under … California residents are entitled to ask us …"
	}
	mo, mn := rightLabelRE.FindStringSubmatch(ch.Old), rightLabelRE.FindStringSubmatch(ch.New)
	if mo == nil || mn == nil || !strings.EqualFold(mo[1], mn[1]) {
		return ""
	}
	return "rights"
}

// rightLabelRE is a block opening, after a list's mark or number, with a
// bold label that names a right and ends in a colon or a full stop:
// "1. **Access:**", "* **Right to Delete.**", "**Correction**:".
var rightLabelRE = mustPattern(`(?i)^\s*(?:[*+-]|\d+[.)])?\s*\*\*((?:the\s+)?(?:right\s+(?:to|of)\s+)?(?:access|know|deletion|delete|erasure|correction|correct|rectification|portability|data\s+portability|opt[\s-]+out(?:\s+of\s+[\w\s]{1,30})?|restriction(?:\s+of\s+processing)?|objection))\s*[:.]?\s*\*\*\s*[:.]?`)

// A paragraph added or removed whole under a run-in label that says it
// states the reader's rights, "Your California Privacy Rights: Under
// California Civil Code sections 1798.83-1798.84, California residents
// are entitled to ask us for a notice identifying the categories of
// personal customer information that we share with … third parties"
// (tumblr-013, read "Recipients and sharing: text removed"), gives or
// takes away a right: what the reader may ask to learn of sharing is the
// right's content, as under a right's own name above.
//
// rightsLabelRE is such a label: up to four words and "rights" (or
// "privacy rights"), bold or not, then a colon, opening the block.
var rightsLabelRE = mustPattern(`(?i)^\s*(?:[*+-]\s+)?(?:\*\*)?(?:your\s+)?(?:[\w-]+\s+){0,3}rights\s*(?:\*\*)?\s*:`)
