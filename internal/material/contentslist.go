package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A table of contents written as a plain list, its entries the titles of
// the sections below with no links: TikTok's policy as captured from the
// US gained and lost "* Information We Collect / * How We Use Your
// Information / * How We Share Your Information / …" (ota-46 025, 026),
// each entry read as text about its category. A list of three entries or
// more, each the title of a section of the same text (a heading, or a
// line of bold text alone), put in or taken out, points to those
// sections; they are judged where they are.

// contentsList reports an entry of such a list put in or taken out.
func (c *classifier) contentsList(ch redline.Change) bool {
	if ch.Kind != redline.Insert && ch.Kind != redline.Delete {
		return false
	}
	t := strings.TrimSpace(ch.Old + ch.New)
	if !strings.HasPrefix(t, "* ") && !strings.HasPrefix(t, "- ") || strings.Contains(t, "\n") {
		return false
	}
	return c.ask(askSectionsTitled, ch.Kind == redline.Delete, "", yes(c.contentsListText(ch.Kind == redline.Delete))) != ""
}

// sectionTitleKey is a title as compared: its words in lower case,
// mark-up and a closing colon taken off.
func sectionTitleKey(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "* "), "- ")
	return strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(stripMarkdown(s), ": ")), " "))
}

// contentsListText reports that the changed entry and every entry of the
// list it stands in, on one side, are titles of sections of that side: a
// heading, or a paragraph of bold text alone. The list has three entries
// or more, of ten words at most each.
func (c *classifier) contentsListText(old bool) bool {
	at, ok := c.rowIndex()
	if !ok {
		return false
	}
	item := func(k int) *markdown.Block {
		if b := sideBlock(c.rows[k], old); b != nil && b.Kind == markdown.ListItem {
			return b
		}
		return nil
	}
	if item(at) == nil {
		return false
	}
	// Every entry of a list has the list's answer: the last list read
	// on this side is answered again without reading its entries, each
	// of which a list added or removed whole asks of.
	run := &c.lists[sideOf(old)]
	if run.read && run.from <= at && at <= run.to {
		return run.titles
	}
	from, to := at, at
	for from > 0 && item(from-1) != nil {
		from--
	}
	for to+1 < len(c.rows) && item(to+1) != nil {
		to++
	}
	*run = listRun{from: from, to: to, read: true}
	if to-from < 2 {
		return false
	}
	have := c.side(old).sectionTitles()
	for k := from; k <= to; k++ {
		if t := sectionTitleKey(item(k).Text); t == "" || len(strings.Fields(t)) > 10 || !have[t] {
			return false
		}
	}
	run.titles = true
	return true
}

// listRun is a list of a side's rows that contentsListText read: rows
// from to to, and whether each entry titles a section.
type listRun struct {
	from, to     int
	read, titles bool
}

// sectionTitles are the keys (sectionTitleKey) of the text's headings and
// of its paragraphs of bold text alone, worked out once a text.
func (s *sideText) sectionTitles() map[string]bool {
	s.titlesOnce.Do(func() {
		s.titles = map[string]bool{}
		for _, b := range s.blocks {
			t := strings.TrimSpace(b.Text)
			if b.Kind == markdown.HeadingBlock {
				first, _, _ := strings.Cut(t, "\n") // a setext heading's underline is no word of it
				s.titles[sectionTitleKey(strings.TrimLeft(first, "# "))] = true
			} else if b.Kind == markdown.Paragraph && strings.HasPrefix(t, "**") && strings.HasSuffix(strings.TrimRight(t, ":"), "**") && !strings.Contains(t, "\n") {
				s.titles[sectionTitleKey(t)] = true
			}
		}
	})
	return s.titles
}
