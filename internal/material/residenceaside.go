package material

import "strings"

// withoutAsides is text without the bracketed asides that name none of
// the places es, for reading where the reader lives: "If you are a user
// located (as determined by your currently registered mobile number) in
// Australia, …" says where that user is, as "a user located in
// Australia" does. A bracket that names a place ("in the EEA (including
// Norway)") stays.
func withoutAsides(text string, es []string) string {
	if !strings.Contains(text, "(") {
		return text
	}
	var b strings.Builder
	for rest := text; ; {
		i := strings.Index(rest, "(")
		j := -1
		if i >= 0 {
			j = strings.Index(rest[i:], ")")
		}
		if i < 0 || j < 0 {
			b.WriteString(rest)
			break
		}
		aside := rest[i : i+j+1]
		b.WriteString(rest[:i])
		if containsAny(aside, es) {
			b.WriteString(aside)
		} else {
			b.WriteString(" ")
		}
		rest = rest[i+j+1:]
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// containsAny reports text holding any of es, as written.
func containsAny(text string, es []string) bool {
	for _, e := range es {
		if strings.Contains(text, e) {
			return true
		}
	}
	return false
}

// namedOutsideAsides reports category id named in text read without its
// asides (withoutAsides), or text with none.
func (c *classifier) namedOutsideAsides(id, text string, es []string) bool {
	bare := withoutAsides(text, es)
	return bare == text || c.names(id, c.ix.fold(bare))
}
