package markdown

import (
	"regexp"
	"strings"
)

// An HTML block, as CommonMark defines it, is passed through by Markdown
// and can hold lines that would otherwise read as headings or lists (an
// HTML comment around an old section, say). Blocks keeps each one whole, as
// the renderer does, so that its headings stay the page's headings.

// htmlBlockTags are the names that open an HTML block of CommonMark's
// type 6, which ends at a blank line and may interrupt a paragraph.
var htmlBlockTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`address article aside base basefont blockquote body caption center col
		colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset
		h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes
		ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul`) {
		htmlBlockTags[t] = true
	}
}

// htmlTagLine is a line holding one complete open or closing tag and nothing
// else: an HTML block of type 7, which cannot interrupt a paragraph.
var htmlTagLine = regexp.MustCompile(`^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>` + "`" + `]+|'[^']*'|"[^"]*"))?)*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)\s*$`)

// htmlStart reports whether line opens an HTML block: its type (1 to 7,
// as CommonMark numbers them) and, for types 1 to 5, the text whose line
// ends it; types 6 and 7 end at a blank line.
func htmlStart(line string) (typ int, end string) {
	t := strings.TrimRight(line, "\r\n")
	if ind := len(t) - len(strings.TrimLeft(t, " ")); ind > 3 {
		return 0, ""
	}
	t = strings.TrimLeft(t, " ")
	if len(t) < 2 || t[0] != '<' {
		return 0, ""
	}
	lower := strings.ToLower(t)
	for _, name := range []string{"script", "pre", "style", "textarea"} {
		if rest, ok := strings.CutPrefix(lower[1:], name); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>') {
			return 1, "</" + name + ">"
		}
	}
	switch {
	case strings.HasPrefix(t, "<!--"):
		return 2, "-->"
	case strings.HasPrefix(t, "<?"):
		return 3, "?>"
	case strings.HasPrefix(t, "<![CDATA["):
		return 5, "]]>"
	case t[1] == '!' && len(t) > 2 && t[2] >= 'A' && t[2] <= 'Z': // as goldmark reads it (CommonMark 0.30)
		return 4, ">"
	}
	name := strings.TrimPrefix(lower[1:], "/")
	n := 0
	for n < len(name) && (isASCIILetter(name[n]) || name[n] >= '0' && name[n] <= '9') {
		n++
	}
	if rest := name[n:]; htmlBlockTags[name[:n]] && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>' || strings.HasPrefix(rest, "/>")) {
		return 6, ""
	}
	if htmlTagLine.MatchString(t) {
		return 7, ""
	}
	return 0, ""
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// htmlBlockEnd returns the offset in s just past the HTML block of the given
// type that starts at pos, whose first line is first.
func htmlBlockEnd(s string, pos int, first string, typ int, end string) (next int, lines int) {
	if typ <= 5 {
		rest := strings.ToLower(strings.TrimLeft(first, " "))[2:]
		if typ == 2 {
			rest = rest[2:] // after "<!--"
		}
		if strings.Contains(rest, end) || typ == 2 && (strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "->")) {
			return pos + len(first), 1
		}
		p, n := pos+len(first), 1
		for p < len(s) {
			l := lineAt(s, p)
			p += len(l)
			n++
			if strings.Contains(strings.ToLower(l), end) {
				break
			}
		}
		return p, n
	}
	p, n := pos+len(first), 1
	for p < len(s) {
		l := lineAt(s, p)
		if strings.TrimSpace(l) == "" {
			break
		}
		p += len(l)
		n++
	}
	return p, n
}
