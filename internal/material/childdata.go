package material

import (
	"slices"

	"github.com/redline-legal/redline/internal/redline"
)

// What is done with a child's data once found is a commitment about
// children (the rubric's children category), though its verb is one of
// retention or use: "If we learn that we have inadvertently collected
// personal information of children under the age of 13 …, we will delete
// such information" → "… we will stop using such information" keeps a
// child's data it promised to delete.
//
// childDataOnly returns "children" for a material verdict of retention
// whose change, of a few words, is in a sentence that names a child,
// under a heading of children. "" keeps the verdict's category: the same
// change in a sentence of no child ("we will delete your information"),
// or under another heading, is retention's; so are a name and a number.
func (c *classifier) childDataOnly(v Verdict, ch redline.Change) string {
	if v.Category != "retention" {
		return ""
	}
	ow, nw, _, _, _, ok := c.recategorisable(v, ch, "children", childStems, childDataSpan)
	if !ok {
		return ""
	}
	if !slices.ContainsFunc(ow, childWord) || !slices.ContainsFunc(nw, childWord) {
		return ""
	}
	heading := c.headingWords(ch.Section)
	if !slices.ContainsFunc(heading, childWord) && c.headingCategory(heading) != "children" {
		return ""
	}
	return "children"
}

// childDataSpan is the most words a side of the change may have.
const childDataSpan = 4
