package material

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A capture may keep the site's menu above the policy's title: "Find a
// Store", "Frappuccino Blended Beverages" over Starbucks's "# Privacy
// Statement" (ota-58 001), "Account Information My Orders Payment Options"
// over Logitech's (ota-66 001), "Learn Python Learn Java" over
// W3Schools's (ota-72 026). Taken out or put in, such a menu read as
// recipients, data or AI. What stands above a text's title is no part of
// the text.

// policyTitleRE is a title that names a policy or notice.
var policyTitleRE = mustPattern(`(?i)\b(?:privacy|policy|notice|statement|cookies?|data protection|personal (?:data|information))\b`)

// titleLineText returns the line of the old (or new) text's title: its
// first heading of the first level, naming a policy, with more than twice
// the words after it that stand before it. 0 when it has none: a page of
// two policies, the second under the first title of the first level, has
// most of its words before that title.
func (c *classifier) titleLineText(old bool) int {
	side := c.side(old)
	side.titleLineOnce.Do(func() {
		i := slices.IndexFunc(side.blocks, func(b *markdown.Block) bool { return b.Kind == markdown.HeadingBlock && b.Level == 1 })
		if i < 0 || !policyTitleRE.MatchString(side.blocks[i].Text) {
			return
		}
		before := 0
		for _, b := range side.blocks[:i] {
			before += wordCount(b.Text, math.MaxInt)
		}
		// The words after it are counted only till they are more than
		// twice those before.
		after := 0
		for _, a := range side.blocks[i+1:] {
			if after += wordCount(a.Text, 2*before+1-after); after > 2*before {
				side.titleLine = side.blocks[i].Line
				return
			}
		}
	})
	return side.titleLine
}

// titleLine is titleLineText, a traced question (memo.go).
func (c *classifier) titleLine(old bool) int {
	n, _ := atoi(c.ask(askTitleLine, old, "", strconv.Itoa(c.titleLineText(old))))
	return n
}

// aboveTitle reports a change that stands above the title of the text
// (titleLineText), on each side it has.
func (c *classifier) aboveTitle(ch redline.Change) bool {
	if ch.Kind == redline.Move || ch.Kind != redline.Insert && ch.OldLine == 0 || ch.Kind != redline.Delete && ch.NewLine == 0 {
		return false
	}
	if t := strings.TrimSpace(ch.Old + ch.New); strings.HasPrefix(t, "+++") || strings.HasPrefix(t, "---") {
		return false // front matter: the page's title, dates and summary, judged as they are
	}
	above := func(old bool, line int) bool { t := c.titleLine(old); return t > 0 && line < t }
	return (ch.Kind == redline.Insert || above(true, ch.OldLine)) && (ch.Kind == redline.Delete || above(false, ch.NewLine))
}
