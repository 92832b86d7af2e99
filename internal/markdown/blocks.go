package markdown

import (
	"bytes"
	"strings"
)

// BlockKind says what a block is.
type BlockKind uint8

// Block kinds.
const (
	Paragraph BlockKind = iota
	HeadingBlock
	ListItem
	TableRow
	Code // a fenced code block
	Quote
	Rule // a thematic break
)

var kindNames = [...]string{"paragraph", "heading", "list item", "table row", "code", "quote", "rule"}

func (k BlockKind) String() string { return kindNames[k] }

// Block is one unit of a document that redline compares: a heading, a
// paragraph, one list item, one table row, a fenced code block.
type Block struct {
	Kind  BlockKind
	Level int    // heading level; 0 for other blocks
	Text  string // the block's source, without the blank lines after it
	Gap   string // the whitespace after Text up to the next block
	Start int    // byte offset of Text in the source
	Line  int    // 1-based line of Start

	Section []string // heading texts enclosing the block, outermost first; a heading's own path ends with itself
	Anchor  string   // id of the innermost heading of Section ("" before the first heading)
}

// Blocks splits a Markdown body into blocks. The lead (whitespace before the
// first block) and every block's Text and Gap, concatenated, are exactly src,
// so a document can be rebuilt byte for byte from its blocks.
func Blocks(src []byte) (lead string, blocks []Block) {
	s := string(src)
	pos, line := 0, 1
	// leading blank lines
	for pos < len(s) {
		l := lineAt(s, pos)
		if strings.TrimSpace(l) != "" {
			break
		}
		pos += len(l)
		line++
	}
	lead = s[:pos]
	blocks = make([]Block, 0, strings.Count(s, "\n\n")+1)
	var ids IDs
	var path []string
	var levels []int
	anchor := ""
	for pos < len(s) {
		start, startLine := pos, line
		first := lineAt(s, pos)
		kind, level := classify(first)
		if kind == Paragraph && emptyListItem(first) {
			kind = ListItem // "-" alone opens a list, so the line after cannot underline it
		}
		pos += len(first)
		line++
		typ, end := htmlStart(first)
		switch {
		case kind == Paragraph && typ > 0:
			// an HTML block: kept whole, as a paragraph
			next, n := htmlBlockEnd(s, start, first, typ, end)
			pos, line = next, startLine+n
		case kind == HeadingBlock, kind == Rule, kind == TableRow:
			// one line
		case kind == Code:
			fence := strings.TrimLeft(first, " ")[:3]
			for pos < len(s) {
				l := lineAt(s, pos)
				pos += len(l)
				line++
				if strings.HasPrefix(strings.TrimLeft(l, " "), fence) {
					break
				}
			}
		default: // paragraph, list item, quote: until a blank line or another block starts
			for pos < len(s) {
				l := lineAt(s, pos)
				if strings.TrimSpace(l) == "" {
					break
				}
				if kind == Paragraph {
					if u := setextLevel(l); u > 0 {
						// "Title" over "=====" or "-----": the paragraph so far is a heading
						kind, level = HeadingBlock, u
						pos += len(l)
						line++
						break
					}
				}
				if t, _ := htmlStart(l); kind == Paragraph && t >= 1 && t <= 6 {
					break // an HTML block of these types interrupts a paragraph
				}
				k, _ := classify(l)
				if k != Paragraph && !(kind == ListItem && isIndented(l)) && !(kind == Quote && k == Quote) {
					break
				}
				pos += len(l)
				line++
			}
		}
		text := s[start:pos]
		// trailing newline belongs to the gap, with the blank lines after it
		trimmed := strings.TrimRight(text, "\r\n")
		gapStart := start + len(trimmed)
		for pos < len(s) {
			l := lineAt(s, pos)
			if strings.TrimSpace(l) != "" {
				break
			}
			pos += len(l)
			line++
		}
		b := Block{Kind: kind, Level: level, Text: trimmed, Gap: s[gapStart:pos], Start: start, Line: startLine}
		if kind == HeadingBlock {
			title := headingText(trimmed)
			for len(levels) > 0 && levels[len(levels)-1] >= level {
				levels, path = levels[:len(levels)-1], path[:len(path)-1]
			}
			levels = append(levels, level)
			// a new slice: blocks already made keep the path they had
			path = append(path[:len(path):len(path)], strings.TrimSpace(stripInline(StripExplicitID(title))))
			anchor = ids.Unique(HeadingID(title))
		} else if kind == ListItem || kind == Quote {
			// A heading inside a list item or a quote is no section of
			// ours, but the page gives it an id all the same: take it, so
			// that the headings after it get the ids the page gives them.
			for _, title := range nestedHeadings(trimmed) {
				ids.Unique(HeadingID(title))
			}
		}
		b.Section, b.Anchor = path, anchor
		blocks = append(blocks, b)
	}
	return lead, blocks
}

// lineAt returns the line starting at pos, with its newline.
func lineAt(s string, pos int) string {
	if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
		return s[pos : pos+i+1]
	}
	return s[pos:]
}

func isIndented(l string) bool { return strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "\t") }

// classify says which kind of block a line starts, and a heading's level.
func classify(l string) (BlockKind, int) {
	t := strings.TrimRight(l, "\r\n")
	if ind := len(t) - len(strings.TrimLeft(t, " ")); ind > 3 {
		return Paragraph, 0
	}
	t = strings.TrimLeft(t, " ")
	switch {
	case t == "":
		return Paragraph, 0
	case t[0] == '#':
		n := 0
		for n < len(t) && t[n] == '#' {
			n++
		}
		if n <= 6 && (n == len(t) || t[n] == ' ' || t[n] == '\t') {
			return HeadingBlock, n
		}
	case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
		return Code, 0
	case t[0] == '>':
		return Quote, 0
	case t[0] == '|':
		return TableRow, 0
	case isRule(t):
		return Rule, 0
	case (t[0] == '-' || t[0] == '*' || t[0] == '+') && len(t) > 1 && (t[1] == ' ' || t[1] == '\t'):
		return ListItem, 0
	case t[0] >= '0' && t[0] <= '9':
		i := 0
		for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i < len(t)-1 && (t[i] == '.' || t[i] == ')') && (t[i+1] == ' ' || t[i+1] == '\t') {
			return ListItem, 0
		}
	}
	return Paragraph, 0
}

// isRule reports a thematic break: three or more of one of - * _, with
// optional spaces between.
func isRule(t string) bool {
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// emptyListItem reports a line holding only a list marker: "-", "*", "+",
// "1." or "1)".
func emptyListItem(l string) bool {
	t := strings.TrimSpace(l)
	if t == "-" || t == "*" || t == "+" {
		return true
	}
	n := len(t) - 1
	if n < 1 || n > 9 || t[n] != '.' && t[n] != ')' {
		return false
	}
	for _, c := range t[:n] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// setextLevel returns 1 for a line that underlines a setext heading with
// "=" and 2 for one that does with "-" (up to three spaces of indentation,
// one character repeated, trailing spaces), else 0.
func setextLevel(l string) int {
	t := strings.TrimRight(l, " \t\r\n")
	if ind := len(t) - len(strings.TrimLeft(t, " ")); ind > 3 {
		return 0
	}
	t = strings.TrimLeft(t, " ")
	switch {
	case t == "":
		return 0
	case strings.Trim(t, "=") == "":
		return 1
	case strings.Trim(t, "-") == "":
		return 2
	}
	return 0
}

// cutSetext splits a setext heading's source into its text and its
// underline's level; ok is false when s is not one.
func cutSetext(s string) (text string, level int, ok bool) {
	i := strings.LastIndexByte(strings.TrimRight(s, "\r\n"), '\n')
	if i < 0 {
		return s, 0, false
	}
	head := s[:i]
	if level = setextLevel(s[i+1:]); level == 0 || strings.TrimSpace(head) == "" {
		return s, 0, false
	}
	if k, _ := classify(head); k != Paragraph {
		return s, 0, false
	}
	lines := strings.Split(head, "\n")
	for i, l := range lines {
		lines[i] = strings.Trim(l, " \t\r") // ASCII only: a no-break space is text, as the renderer reads it
	}
	return strings.Join(lines, " "), level, true
}

// headingText is the text of a heading block: an ATX heading's after its
// #s, a setext heading's lines joined without their underline.
func headingText(block string) string {
	if t, _, ok := cutSetext(block); ok {
		return t
	}
	return headingSource(block)
}

// nestedHeadings returns the titles of the ATX headings inside a list item
// or a quote, "1. ## Sharing" or "> ## Note", in order.
func nestedHeadings(block string) []string {
	var out []string
	for line := range strings.Lines(block) {
		t := strings.TrimRight(line, "\r\n")
		for changed := true; changed; {
			changed = false
			rest := strings.TrimLeft(t, " ")
			if len(t)-len(rest) > 3+4 { // indented code, in any container
				break
			}
			switch {
			case strings.HasPrefix(rest, ">"):
				t, changed = strings.TrimPrefix(rest[1:], " "), true
			case len(rest) > 1 && strings.ContainsRune("-*+", rune(rest[0])) && (rest[1] == ' ' || rest[1] == '\t'):
				t, changed = rest[2:], true
			default:
				n := 0
				for n < len(rest) && n < 9 && rest[n] >= '0' && rest[n] <= '9' {
					n++
				}
				if n > 0 && n+1 < len(rest) && (rest[n] == '.' || rest[n] == ')') && (rest[n+1] == ' ' || rest[n+1] == '\t') {
					t, changed = rest[n+2:], true
				}
			}
		}
		if kind, _ := classify(strings.TrimLeft(t, " ")); kind == HeadingBlock {
			out = append(out, headingSource(t))
		}
	}
	return out
}

// CutHeadingMarker returns s without the "## " that opens an ATX heading,
// or without the underline of a setext heading, and whether s was a heading.
func CutHeadingMarker(s string) (string, bool) {
	if kind, level := classify(s); kind == HeadingBlock {
		t := strings.TrimLeft(s, " ")
		return strings.TrimLeft(t[level:], " \t"), true
	}
	if t, _, ok := cutSetext(s); ok {
		return t, true
	}
	return s, false
}

// headingSource is the text of an ATX heading line after its #s, without
// a closing sequence of #s.
func headingSource(line string) string {
	t := strings.TrimLeft(strings.TrimSpace(line), "#")
	t = strings.TrimSpace(t)
	if i := strings.LastIndex(t, " #"); i >= 0 && strings.Trim(t[i:], " #") == "" {
		t = strings.TrimSpace(t[:i])
	}
	if t == strings.Repeat("#", len(t)) {
		return ""
	}
	return t
}

// Join rebuilds a document from its lead and blocks.
func Join(lead string, blocks []Block) []byte {
	var b bytes.Buffer
	b.WriteString(lead)
	for _, bl := range blocks {
		b.WriteString(bl.Text)
		b.WriteString(bl.Gap)
	}
	return b.Bytes()
}

// MaxNesting is how deep quotes and lists may nest in a policy. goldmark's
// time grows with the square of the depth (200,000 ">" took 11 s, a list
// nested 3,000 deep 24 s and 641 MB); markdown-it stops at 100 levels too.
// No policy comes near: a text nested deeper is refused, not parsed.
const MaxNesting = 100

// Nesting returns the first line (1-based) of src on which quotes and lists
// nest deeper than MaxNesting, and how deep, or 0, 0. The depth of a line
// is an upper bound, found without parsing: its quote and list markers,
// plus one level for every two columns of indentation before them (the
// least a nested list item is indented by).
func Nesting(src []byte) (line, depth int) {
	line = 1
	for pos := 0; pos < len(src); line++ {
		end := bytes.IndexByte(src[pos:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += pos
		}
		if d := lineDepth(src[pos:end]); d > MaxNesting {
			return line, d
		}
		pos = end + 1
	}
	return 0, 0
}

func lineDepth(l []byte) int {
	depth, col, i := 0, 0, 0
	for i < len(l) {
		switch c := l[i]; {
		case c == ' ':
			col++
			i++
			continue
		case c == '\t':
			col += 4
			i++
			continue
		case c == '>':
			depth++
			i++
			if i < len(l) && l[i] == ' ' {
				i++ // the space after a quote marker is part of it
			}
			continue
		case (c == '-' || c == '*' || c == '+') && i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t'):
			depth++
			i += 2
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j+1 < len(l) && (l[j] == '.' || l[j] == ')') && (l[j+1] == ' ' || l[j+1] == '\t') {
				depth++
				i = j + 2
				continue
			}
		}
		break
	}
	return depth + col/2
}
