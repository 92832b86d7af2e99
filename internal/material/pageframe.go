package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A capture may take the site's frame with the policy, its menus above
// and its footer below, and a later capture (Open Terms Archive's
// "Refilter") cut them off, or the reverse: Blizzard's lost 395 lines of
// menus before its policy and 103 of footer after it in one update
// (ota-125 001), IMDb's, The BBC's, Samsung's and sony.com's theirs
// (ota-127 002, ota-123 013, ota-125 012, ota-121 010), each read as
// recipients, purposes or rights taken out ("Removed recipient: To
// BuySee Authorized Retailers"). Such a frame is told by where it is and
// what it is made of: the comparison's first and last blocks are both of
// one side alone (the text framed on that side, cut at both ends), the
// change is the run that reaches the side's first or last block, and the
// run is a menu: five lines or more, almost all links or labels of a few
// words, and no sentence. A list of parties added at the end of a policy
// does not come with its top cut off, and a paragraph of the policy is a
// sentence.

// frameNoticeRE is a line of a frame that reads as a sentence and says
// nothing of the data: a copyright or trademark notice ("©2020 Blizzard
// Entertainment, Inc. All rights reserved.", "All trademarks referenced
// herein are the properties of their respective owners."), or the page's
// title with its date ("… Privacy Policy: Greater European Region,
// updated 9/2020.").
var frameNoticeRE = mustPattern(`(?i)©|\(c\)\s*\d{4}|\brights\s+reserved\b|\btrademarks?\b|\b(?:policy|notice|statement)\b[^.]*\b(?:updated|effective|version)\b`)

// menuRun reports text made as a site's menus and footers are: five
// non-empty lines or more, at least nine in ten of them a link or a label
// of four words or fewer, and no line a sentence of six words or more
// ending as one.
func menuRun(text string) bool {
	lines, menu := 0, 0
	for line := range strings.Lines(text) {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		lines++
		n := len(rawWords(stripMarkdown(t)))
		if n >= 6 && strings.ContainsAny(t[len(t)-1:], ".!?") && !frameNoticeRE.MatchString(t) {
			return false
		}
		if strings.Contains(t, "](") || n <= 4 { // a link, or a label
			menu++
		}
	}
	return lines >= 5 && menu*10 >= lines*9
}

// frame is a side's frame: how many rows of that side alone open and
// close the comparison, and whether each run is a menu.
type frame struct {
	read                bool
	lead, trail         int
	leadMenu, trailMenu bool
}

// frameRunText reports that the change at hand stands in the run of rows
// of one side alone that opens or closes the comparison, where both runs
// are there and the one it stands in is a menu (menuRun).
func (c *classifier) frameRunText(old bool) bool {
	i, ok := c.rowIndex()
	if !ok || len(c.rows) == 0 {
		return false
	}
	f := &c.frames[sideOf(old)]
	if !f.read {
		f.read = true
		only := func(r redline.Row) bool { return sideBlock(r, old) != nil && sideBlock(r, !old) == nil }
		for f.lead < len(c.rows) && only(c.rows[f.lead]) {
			f.lead++
		}
		for f.trail < len(c.rows)-f.lead && only(c.rows[len(c.rows)-1-f.trail]) {
			f.trail++
		}
		if f.lead == 0 || f.trail == 0 {
			return false
		}
		text := func(rows []redline.Row) string {
			var b strings.Builder
			for _, r := range rows {
				b.WriteString(sideBlock(r, old).Text)
				b.WriteByte('\n')
			}
			return b.String()
		}
		f.leadMenu, f.trailMenu = menuRun(text(c.rows[:f.lead])), menuRun(text(c.rows[len(c.rows)-f.trail:]))
	}
	return i < f.lead && f.leadMenu || i >= len(c.rows)-f.trail && f.trailMenu
}

// pageFrame reports a change that is such a frame, taken out or put in.
func (c *classifier) pageFrame(ch redline.Change) bool {
	if ch.Kind != redline.Delete && ch.Kind != redline.Insert {
		return false
	}
	return c.ask(askFrameRun, ch.Kind == redline.Delete, "", yes(c.frameRunText(ch.Kind == redline.Delete))) != ""
}
