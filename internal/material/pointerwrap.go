package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// unwrapLines joins the lines of a hard-wrapped paragraph, so that a
// sentence wrapped across lines ("For more details, see our next section
// on\n:ref:`third parties <…>`.") is read as one sentence, not as a
// pointer cut off from what it points to. A line break stays where the
// next line opens a block of its own: a blank line, a list item, a
// heading, a table row or a quotation.
func unwrapLines(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := ""
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			if opensBlock(line) || strings.TrimSpace(prev) == "" {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(line)
		prev = line
	}
	return b.String()
}

// opensBlock reports a line that starts a block of its own rather than
// continuing the line before it: blank, a list item ("- ", "* ", "+ ",
// "1. ", "(a) "), a heading, a table row or a quotation.
func opensBlock(line string) bool {
	t := strings.TrimLeft(line, " \t")
	if t == "" {
		return true
	}
	switch t[0] {
	case '#', '|', '>':
		return true
	case '-', '*', '+':
		return len(t) == 1 || t[1] == ' ' || t[1] == '\t'
	}
	return numbering.MatchString(t)
}

// wrappedPointer reports a change of a hard-wrapped paragraph that reads
// the same once its lines are joined and the sentences that only point to
// more information are left out of both versions. Its sentences are
// otherwise cut at each line's end, and a pointer added after a wrapped
// line ("… third party vendors\n…\nFor more details, see our next section
// on\n:ref:`third parties <…>`.") reads as the tail of the sentence
// before it.
func (c *classifier) wrappedPointer(ch redline.Change) bool {
	if strings.IndexByte(ch.Old, '\n') < 0 && strings.IndexByte(ch.New, '\n') < 0 {
		return false
	}
	return c.samePointed(unwrapLines(ch.Old), unwrapLines(ch.New))
}
