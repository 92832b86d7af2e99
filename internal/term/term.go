// Package term keeps text that came from files from acting on the terminal
// it is printed to. A policy holding ESC or BEL could clear a reviewer's
// screen or retitle the window; one holding a bidirectional override could
// show words in another order than the one they have. Site sources with such
// characters are refused (internal/site); text from anywhere else is escaped
// with Escape before a command prints it.
package term

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Unsafe reports whether a terminal may act on r rather than show it: the C0
// controls other than tab, newline and carriage return, DEL, the C1 controls
// (U+0080 to U+009F), and the bidirectional embeddings, overrides and
// isolates (U+202A to U+202E, U+2066 to U+2069) that make text read in
// another order than it is written ("Trojan Source"). The bidirectional
// marks U+200E and U+200F are safe and allowed.
func Unsafe(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r'
	case r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Name is how an error names an unsafe rune: "U+001B (ESC)".
func Name(r rune) string {
	if n, ok := names[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

var names = map[rune]string{
	0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0b: "VT", 0x0c: "FF", 0x1b: "ESC", 0x7f: "DEL",
	0x9b: "CSI", 0x9d: "OSC",
	0x202a: "LEFT-TO-RIGHT EMBEDDING", 0x202b: "RIGHT-TO-LEFT EMBEDDING", 0x202c: "POP DIRECTIONAL FORMATTING",
	0x202d: "LEFT-TO-RIGHT OVERRIDE", 0x202e: "RIGHT-TO-LEFT OVERRIDE",
	0x2066: "LEFT-TO-RIGHT ISOLATE", 0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
}

// Find returns the byte offset and the rune of the first unsafe rune of s,
// or -1. s is UTF-8 (a byte that is not is passed over).
//
// It reads bytes, not runes: every site source is searched on every load,
// and a text is almost all ASCII. An unsafe rune above U+007F starts with
// 0xC2 (the C1 controls) or 0xE2 (the bidirectional controls), so only those
// bytes are decoded.
func Find[T string | []byte](s T) (int, rune) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 || c == 0x7f:
			if Unsafe(rune(c)) {
				return i, rune(c)
			}
		case c == 0xc2 || c == 0xe2:
			if r, _ := utf8.DecodeRune([]byte(s[i:min(i+3, len(s))])); Unsafe(r) {
				return i, r
			}
		}
	}
	return -1, 0
}

// Escape returns s with every unsafe rune written as \u001b, and every byte
// that is not UTF-8 as \xff, so that printing it shows what is there
// without acting on it.
func Escape(s string) string {
	clean := true
	for i, r := range s {
		if Unsafe(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case Unsafe(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
