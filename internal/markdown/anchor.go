package markdown

import (
	"strconv"
	"strings"
	"unicode"
)

// HeadingID returns the anchor of a heading from its Markdown source (the
// text after the #s). A trailing {#id} sets the id verbatim. Otherwise the id
// is the heading's words in lower case joined by hyphens, with inline Markdown
// dropped and leading section numbering ("8.", "3.1", "IV.", "(a)", "A)")
// removed, so that "8. International Data Transfers" and, after renumbering,
// "9. International Data Transfers" share the anchor
// "international-data-transfers" and old links keep working.
func HeadingID(source string) string {
	s := strings.TrimSpace(source)
	if id, ok := explicitID(s); ok {
		return id
	}
	s = stripInline(s)
	if rest := stripNumbering(s); strings.TrimSpace(rest) != "" {
		s = rest
	}
	var b strings.Builder
	b.Grow(len(s))
	hyphen := false
	for _, r := range s {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'),
			r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == '\'' || r == '’':
			continue // "Children's" reads as "childrens", not "children-s"
		default:
			hyphen = true
			continue
		}
		if hyphen && b.Len() > 0 {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteRune(unicode.ToLower(r))
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

// explicitID reports the id of a heading written "Title {#id}".
func explicitID(s string) (string, bool) {
	if !strings.HasSuffix(s, "}") {
		return "", false
	}
	i := strings.LastIndex(s, "{#")
	if i < 0 {
		return "", false
	}
	id := s[i+2 : len(s)-1]
	if id == "" || strings.ContainsAny(id, " \t{}") {
		return "", false
	}
	return id, true
}

// StripExplicitID removes a trailing {#id} from heading source.
func StripExplicitID(s string) string {
	t := strings.TrimSpace(s)
	if _, ok := explicitID(t); ok {
		return strings.TrimSpace(t[:strings.LastIndex(t, "{#")])
	}
	return s
}

// stripInline drops the Markdown that does not read as words: emphasis and
// code markers, and link targets ("[text](url)" becomes "text").
func stripInline(s string) string {
	if !strings.ContainsAny(s, "*_`[]\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\': // an escaped character ("1\." as converters write it) is itself
			if i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
				i++
				b.WriteByte(s[i])
				continue
			}
		case '*', '_', '`', '[':
			continue
		case ']':
			if i+1 < len(s) && s[i+1] == '(' {
				if j := strings.IndexByte(s[i:], ')'); j > 0 {
					i += j
				}
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// stripNumbering removes one leading section number: "8.", "8)", "3.1",
// "3.1.2.", "(a)", "a)", "IV." followed by a space. A bare number ("2026
// Update") is a word of the heading, not its numbering.
func stripNumbering(s string) string {
	s = strings.TrimLeft(s, " ")
	word, rest, ok := strings.Cut(s, " ")
	if !ok {
		return s
	}
	w := strings.TrimSuffix(strings.TrimSuffix(word, "."), ")")
	w = strings.TrimPrefix(w, "(")
	if w == "" {
		return s
	}
	numeric := true
	for _, part := range strings.Split(w, ".") {
		if _, err := strconv.Atoi(part); err != nil {
			numeric = false
			break
		}
	}
	switch {
	case numeric && (w != word || strings.Contains(w, ".")): // "8.", "3.1", "(2)"; not "2026 Update"
	case len(w) == 1 && w != word && unicode.IsLetter(rune(w[0])): // "a)", "(b)", "C."
	case w != word && isRoman(w):
	default:
		return s
	}
	return strings.TrimLeft(rest, " ")
}

func isRoman(s string) bool {
	for _, r := range strings.ToUpper(s) {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return s != ""
}

// IDs hands out unique anchors within one document, in document order:
// the second "security" becomes "security-2", the third "security-3".
type IDs struct {
	seen map[string]int
}

// Unique returns id, or id with the lowest free numeric suffix.
func (ids *IDs) Unique(id string) string {
	if ids.seen == nil {
		ids.seen = make(map[string]int)
	}
	n := ids.seen[id]
	ids.seen[id] = n + 1
	if n == 0 {
		return id
	}
	for {
		n++
		candidate := id + "-" + strconv.Itoa(n)
		if ids.seen[candidate] == 0 {
			ids.seen[candidate] = 1
			ids.seen[id] = n
			return candidate
		}
	}
}
