package material

import (
	"strings"
	"unicode/utf8"
)

// A page saved with its UTF-8 read as Latin-1 or Windows-1252 shows each
// curly quote or accented letter as two or three others: "“Affiliates”"
// becomes "â\u0080\u009cAffiliatesâ\u0080\u009d", "é" becomes "Ã©". The
// next version, saved right, reads as if those words had changed
// ("âAffiliatesâ" → "Affiliates"), and the rules cannot tell what the
// garbled word was. The reader of either page was told the same thing:
// the text is repaired before it is judged, and a change that only
// repaired it is no change at all.

// cp1252 maps the characters Windows-1252 puts at bytes 0x80–0x9F back
// to those bytes.
var cp1252 = map[rune]byte{'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F}

// misreadByte is the byte a character of text misread as Latin-1 or
// Windows-1252 stood for, if it stands for one.
func misreadByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252[r]
	return b, ok
}

// garbleLead reports whether s holds one of Â–Å or â–å, as
// strings.ContainsAny(s, "ÂÃÄÅâãäå") does, by its bytes: each is 0xC3
// then 0x82–0x85 or 0xA2–0xA5, and 0xC3, never a continuation byte, starts
// a character wherever it stands. IndexByte finds it at memory speed,
// where ContainsAny decodes every character of every text folded.
func garbleLead(s string) bool {
	for {
		i := strings.IndexByte(s, 0xC3)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if c := s[i+1] &^ 0x20; 0x82 <= c && c <= 0x85 {
			return true
		}
		s = s[i+1:]
	}
}

// demojibake repairs the characters of s that are the bytes of one UTF-8
// character read one by one: a lead byte (Â to ô) and the continuation
// bytes its encoding needs (0x80–0xBF), together a valid encoding of a
// character beyond ASCII. Anything else, "pâtes" or "résumé", is left as
// it is: a letter of Latin-1 is a lead byte only when continuation bytes
// follow it.
func demojibake(s string) string {
	if !garbleLead(s) {
		// None of the lead bytes of the characters a policy in a Latin
		// script has garbled: Â–Å (U+0080–U+017F: accents, the
		// no-break space), â–å (U+2000–U+5FFF: quotes, dashes, €).
		return s
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xC2 || r > 0xF4 {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		need := 1
		switch {
		case r >= 0xF0:
			need = 3
		case r >= 0xE0:
			need = 2
		}
		buf := []byte{byte(r)}
		j := i + size
		for len(buf) <= need && j < len(s) {
			c, n := utf8.DecodeRuneInString(s[j:])
			x, ok := misreadByte(c)
			if !ok || x < 0x80 || x > 0xBF {
				break
			}
			buf = append(buf, x)
			j += n
		}
		if len(buf) == need+1 {
			if fixed, n := utf8.DecodeRune(buf); fixed != utf8.RuneError && n == len(buf) {
				b.WriteRune(fixed)
				i, changed = j, true
				continue
			}
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	if !changed {
		return s
	}
	return b.String()
}
