package build

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// Word-level changes are shown in the rendered text, so that a changed
// list item keeps its bold label and a changed paragraph its links: the
// spans' Markdown is joined with markers (characters of Unicode's private
// use area, which no policy has) around each deleted and inserted span,
// rendered once, and the markers become <del> and <ins> around the text
// between the tags, so the elements always nest. When the markers change
// what the text renders to (a change inside a link's address, or in the
// Markdown markup itself), ok is false and the caller shows the old and
// new blocks whole.
const (
	delOpen, delClose = '\uE000', '\uE001'
	insOpen, insClose = '\uE002', '\uE003'
)

// markedSource renders spans with both deletions and insertions between
// markers; ok is false when the markers change what either side renders
// to, or cannot be placed.
func markedSource(sn *snippets, spans []redline.Span) (html string, ok bool) {
	var src, old, new strings.Builder
	for _, s := range spans {
		if strings.Contains(s.Text, "\xee\x80") { // U+E000 to U+E03F, the markers among them
			return "", false
		}
		switch s.Op {
		case redline.Equal:
			src.WriteString(s.Text)
			old.WriteString(s.Text)
			new.WriteString(s.Text)
		case redline.Deleted:
			src.WriteString(string(delOpen) + s.Text + string(delClose))
			old.WriteString(s.Text)
		case redline.Inserted:
			src.WriteString(string(insOpen) + s.Text + string(insClose))
			new.WriteString(s.Text)
		}
	}
	if _, ok := plainParagraph(old.String()); ok {
		if _, ok := plainParagraph(new.String()); ok {
			// Sentences of plain words on both sides (most edits): the
			// markers, which Markdown does not know, stay where they are.
			return "<p>" + strings.ReplaceAll(src.String(), `"`, "&quot;") + "</p>\n", true
		}
	}
	marked, err := markdown.Render([]byte(src.String()))
	if err != nil {
		return "", false
	}
	h := string(marked.HTML)
	// Each side, markers stripped, must render as it does alone.
	if !sameAs(sn, dropMarked(h, insOpen, insClose, false), old.String()) ||
		!sameAs(sn, dropMarked(h, delOpen, delClose, false), new.String()) {
		return "", false
	}
	return h, true
}

// markedHTML renders spans with deletions and insertions marked up; ok is
// false when the markers cannot be placed.
func markedHTML(spans []redline.Span) (html string, ok bool) {
	h, ok := markedSource(nil, spans)
	if !ok {
		return "", false
	}
	return markersToTags(h)
}

// sameAs reports whether html, without markers, is what src renders to.
func sameAs(sn *snippets, html, src string) bool {
	if p, ok := plainParagraph(src); ok {
		return html == p
	}
	h, err := sn.render(src)
	return err == nil && h == html
}

// plainParagraph is what goldmark renders a sentence of plain words to,
// made without it: one line that starts with a letter and has no markup
// (plainText). ok is false for anything else.
func plainParagraph(s string) (html string, ok bool) {
	if s == "" || !plainText(s) || strings.TrimSpace(s) != s {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f { // goldmark replaces a NUL; a tab may indent
			return "", false
		}
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
		return "", false
	}
	return "<p>" + strings.ReplaceAll(s, `"`, "&quot;") + "</p>\n", true
}

// dropMarked removes the text between open and close, and every other
// marker unless keep is set.
func dropMarked(h string, open, close rune, keep bool) string {
	var b strings.Builder
	b.Grow(len(h))
	skip := false
	from := 0 // the start of the bytes not yet copied
	for i := 0; i < len(h); i++ {
		m := markerAt(h, i)
		if m == 0 {
			continue
		}
		if !skip {
			b.WriteString(h[from:i])
		}
		switch {
		case m == open:
			skip = true
		case m == close:
			skip = false
		case keep && !skip:
			b.WriteString(h[i : i+3])
		}
		i += 2
		from = i + 1
	}
	if !skip {
		b.WriteString(h[from:])
	}
	return b.String()
}

// markersToTags turns the markers of rendered HTML into <del> and <ins>
// around text only: an element a marked span crosses is closed before each
// tag and opened again after it. A marker inside a tag (an attribute) is
// not ok.
func markersToTags(h string) (string, bool) {
	var b strings.Builder
	b.Grow(len(h) + len(h)/4)
	var state rune // delOpen, insOpen or 0: the span the text is in
	var open rune  // the element open in the output, delOpen, insOpen or 0
	first := false // the next text is the first of its span
	closeEl := func() {
		switch open {
		case delOpen:
			b.WriteString("</del>")
		case insOpen:
			b.WriteString("</ins>")
		}
		open = 0
	}
	openEl := func(prefix bool) {
		if open == state {
			return
		}
		closeEl()
		open = state
		switch state {
		case delOpen:
			b.WriteString("<del>")
			if prefix {
				b.WriteString(`<span class="vh">[removed: </span>`)
			}
		case insOpen:
			b.WriteString("<ins>")
			if prefix {
				b.WriteString(`<span class="vh">[added: </span>`)
			}
		}
	}
	inTag, afterTag := false, false
	// Byte by byte: a marker is three bytes (EE 80 80 to 83); every other
	// byte is copied, and only ASCII bytes are tags or spaces.
	for i := 0; i < len(h); i++ {
		c := h[i]
		if m := markerAt(h, i); m != 0 {
			i += 2
			switch {
			case inTag:
				return "", false
			case m == delOpen || m == insOpen:
				closeEl()
				state, first = m, true
			default:
				// A span of markup only ("**" made bold) has no words to
				// mark: the text it formats is shown as it now is.
				if !first {
					openEl(false)
					b.WriteString(`<span class="vh">]</span>`)
					closeEl()
				}
				state, first = 0, false
			}
			continue
		}
		switch {
		case inTag:
			b.WriteByte(c)
			inTag = c != '>'
			afterTag = !inTag
		case c == '<':
			closeEl()
			b.WriteByte(c)
			inTag = true
		default:
			// Whitespace after a tag may lie between elements (a table's
			// cells): only text opens an element.
			space := isSpace(rune(c))
			if state != 0 && (open == state || !space || !afterTag) {
				openEl(first)
				first = false
			}
			afterTag = afterTag && space
			b.WriteByte(c)
		}
	}
	closeEl()
	return b.String(), state == 0 && !inTag
}

// markerAt returns the marker that starts at h[i], or 0.
func markerAt(h string, i int) rune {
	if h[i] != 0xEE || i+2 >= len(h) || h[i+1] != 0x80 || h[i+2] < 0x80 || h[i+2] > 0x83 {
		return 0
	}
	return delOpen + rune(h[i+2]-0x80)
}

var cellEnds = strings.NewReplacer("</td>", " · </td>", "</th>", " · </th>", "</tr>", "\n</tr>")

func isSpace(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }

// readText is what a block of Markdown reads as, for an excerpt: its
// rendered text without tags, the cells of a table row apart, links by
// their words.
func readText(sn *snippets, md string) string {
	if _, ok := plainParagraph(md); ok {
		return strings.Join(strings.Fields(md), " ")
	}
	// Rows of a table, alone or whole: their cells, apart.
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "|") {
			continue
		}
		if strings.Trim(t, "|-: ") == "" {
			lines[i] = ""
			continue
		}
		var cells []string
		for _, c := range strings.Split(strings.Trim(t, "|"), "|") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		lines[i] = strings.Join(cells, " · ")
	}
	md = strings.Join(lines, "\n")
	rendered, err := sn.render(md)
	if err != nil {
		return md
	}
	var b strings.Builder
	inTag := false
	h := cellEnds.Replace(rendered)
	for _, r := range h {
		switch {
		case r == '<':
			inTag = true
			b.WriteByte(' ')
		case r == '>':
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
	}
	s := strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
	s = strings.ReplaceAll(s, "· ·", "·")
	return strings.TrimSuffix(strings.TrimSpace(s), " ·")
}
