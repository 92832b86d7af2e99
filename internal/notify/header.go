package notify

import (
	"bytes"
	"fmt"
	"net/mail"
	"strings"
	"unicode/utf8"
)

// maxLine is the longest header line redline writes, as RFC 5322 section
// 2.1.1 recommends (998 is the hard limit). The one exception is an address
// longer than 76 characters, which cannot be folded; ReadRecipients keeps
// addresses under 254.
const maxLine = 78

// maxWord is the longest encoded-word RFC 2047 allows.
const maxWord = 75

// headerWriter writes header fields, folded at spaces so that no line is
// longer than maxLine; text that cannot be folded (non-ASCII, or a word too
// long for a line) is written as RFC 2047 encoded-words, split at rune
// boundaries, each on a line of its own if need be.
type headerWriter struct{ b *bytes.Buffer }

// add writes a structured field whose value is ASCII tokens separated by
// single spaces (Date, Message-ID, Content-Type).
func (h headerWriter) add(name, value string) {
	f := h.start(name)
	for _, word := range strings.Split(value, " ") {
		f.token(word)
	}
	f.end()
}

// text writes an unstructured field (Subject): plain when it is printable
// ASCII in words that fit a line, else as encoded-words.
func (h headerWriter) text(name, value string) {
	f := h.start(name)
	if words, ok := plainWords(value, false); ok {
		for _, w := range words {
			f.token(w)
		}
	} else {
		f.encoded(value)
	}
	f.end()
}

// address writes a field of one address with its display name: a quoted
// string when the name is printable ASCII in words that fit a line, else
// encoded-words.
func (h headerWriter) address(name string, a *mail.Address) {
	f := h.start(name)
	if a.Name != "" {
		if words, ok := plainWords(a.Name, true); ok {
			for _, w := range words {
				f.token(w)
			}
		} else {
			f.encoded(a.Name)
		}
	}
	f.token((&mail.Address{Address: a.Address}).String())
	f.end()
}

// plainWords splits s into the words it is written as without encoding,
// or says it cannot be: it holds a character that is not printable ASCII,
// a run of spaces (which unfolding would lose), something that looks like
// an encoded-word, or a word too long for a line. In a quoted string the
// words carry the quotes and backslashes.
func plainWords(s string, quoted bool) ([]string, bool) {
	if s == "" || strings.Contains(s, "=?") || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ") {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return nil, false
		}
	}
	if quoted {
		s = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
	}
	words := strings.Split(s, " ")
	for _, w := range words {
		// A line holds a space and the word; the first holds the field's
		// name too, but a long first word is folded onto a line of its own.
		if len(w) > maxLine-1 {
			return nil, false
		}
	}
	return words, true
}

// field is one header field being written.
type field struct {
	b   *bytes.Buffer
	col int // characters on the current line
}

func (h headerWriter) start(name string) *field {
	h.b.WriteString(name + ":")
	return &field{b: h.b, col: len(name) + 1}
}

// token writes a space and word, first folding the line when they do not
// fit on it.
func (f *field) token(word string) {
	if f.col > 0 && f.col+1+len(word) > maxLine {
		f.fold()
	}
	f.b.WriteString(" " + word)
	f.col += 1 + len(word)
}

func (f *field) fold() {
	f.b.WriteString("\r\n")
	f.col = 0
}

func (f *field) end() { f.b.WriteString("\r\n") }

// encoded writes s as Q-encoded words (RFC 2047), each as long as the line
// allows and at most maxWord, split between runes: a decoder joins
// adjacent encoded-words without the white space between them, so the
// text comes back exactly, spaces included.
func (f *field) encoded(s string) {
	const prefix, suffix = "=?utf-8?q?", "?="
	overhead := len(prefix) + len(suffix)
	var body strings.Builder
	flush := func() {
		if body.Len() > 0 {
			f.token(prefix + body.String() + suffix)
			body.Reset()
		}
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size <= 1 {
			r, size = utf8.RuneError, 1 // invalid UTF-8 is written as U+FFFD
		}
		enc := qRune(r)
		room := min(maxWord, maxLine-f.col-1) - overhead // on this line
		if body.Len() == 0 && len(enc) > room {
			f.fold()
			room = maxWord - overhead
		}
		if body.Len()+len(enc) > room {
			flush()
			if room = min(maxWord, maxLine-f.col-1) - overhead; len(enc) > room {
				f.fold()
			}
		}
		body.WriteString(enc)
		s = s[size:]
	}
	flush()
}

// qRune is the Q encoding of r as RFC 2047 section 5(3) allows it in a
// display name, the strictest place: letters, digits and !*+-/ as they
// are, a space as "_", everything else as =XX per byte of its UTF-8.
func qRune(r rune) string {
	switch {
	case r == ' ':
		return "_"
	case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!*+-/", r)):
		return string(r)
	}
	var b strings.Builder
	for _, c := range []byte(string(r)) {
		fmt.Fprintf(&b, "=%02X", c)
	}
	return b.String()
}
