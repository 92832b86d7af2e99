package material

import "strings"

// percentEscapedOnly reports two texts that differ only in how the web
// addresses they write spell a character: as itself or as its percent
// escape, "…/Tar_(computing))" → "…/Tar_(computing%29)" (npm 041). An
// escape stands for the character it encodes, and a browser asks for the
// same page either way (RFC 3986, 2.1 and 6.2.2.2): the link leads where it
// did and the words the reader sees are the same, so nothing the policy
// commits to changed. Only words that write an address ("://", "mailto:",
// a Markdown link's "](") are decoded, so a "%" in the prose is read as
// written, and any other word changed is weighed as usual.
func percentEscapedOnly(old, new string) bool {
	if old == new || (!strings.Contains(old, "%") && !strings.Contains(new, "%")) {
		return false
	}
	o, n := strings.Fields(old), strings.Fields(new)
	if len(o) != len(n) {
		return false
	}
	for i := range o {
		if o[i] != n[i] && (!writesAddress(o[i]) || !writesAddress(n[i]) || unescapePercent(o[i]) != unescapePercent(n[i])) {
			return false
		}
	}
	return true
}

// writesAddress reports a word that writes a web or mail address.
func writesAddress(w string) bool {
	return strings.Contains(w, "://") || strings.Contains(w, "mailto:") || strings.Contains(w, "](")
}

// unescapePercent writes each well-formed percent escape of s ("%29") as
// the byte it stands for; a "%" not followed by two hex digits stays.
func unescapePercent(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
