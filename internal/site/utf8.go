package site

import (
	"bytes"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/term"
)

// CheckUTF8 reports the first place where src is not valid UTF-8. Policy
// text is published as UTF-8; a file in another encoding would be shown as
// garbage, so it is refused with the line to look at.
func CheckUTF8(file string, src []byte) *diag.Error {
	if utf8.Valid(src) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			e := diag.Errorf(file, line, "invalid UTF-8 (byte 0x%02x)", src[i])
			e.Col = col
			return e.WithHint("save the file as UTF-8 (it may be Latin-1 or Windows-1252)")
		}
		if src[i] == '\n' {
			line++
			col = 0
		}
		col++
		i += size
	}
	return nil
}

// CheckControl reports the first character of src that a terminal may act
// on rather than show (ESC, BEL, the other controls but tab and newline,
// bidirectional overrides: see term.Unsafe). No policy needs one, and
// printed by diff or check one could clear a reviewer's screen, retitle the
// window or reorder the words shown, so a site source holding one is
// refused. src must be valid UTF-8.
func CheckControl(file string, src []byte) *diag.Error {
	i, r := term.Find(src)
	if i < 0 {
		return nil
	}
	before := src[:i]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	e := diag.Errorf(file, line, "control character %s in the text", term.Name(r))
	e.Col = col
	return e.WithHint("delete it (it is invisible in most editors; it may come from a copy from a web page or a word processor): a policy needs none, and printed in a terminal it can clear the screen or change what is shown")
}

// CheckControlEscapes reports a control character that TOML source src
// writes as an escape ("\u001B", "\e"). CheckControl reads the bytes of a
// file and cannot see one, but decoded it is what a page, a feed, a
// terminal or a notice shows, so it is refused too, at the escape's line and
// column. firstLine is the file's line of src's first line. src has been
// decoded once already; it is decoded again only when it holds a backslash.
func CheckControlEscapes(file string, src []byte, firstLine int) *diag.Error {
	if bytes.IndexByte(src, '\\') < 0 {
		return nil
	}
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		return nil // the caller's own decode reports it
	}
	key, r := unsafeIn(nil, doc)
	if key == nil {
		return nil
	}
	e := diag.Errorf(file, firstLine, "control character %s in %s", term.Name(r), term.Escape(key.String()))
	if at, n := escapeOf(src, r); at >= 0 {
		before := src[:at]
		e.Line = firstLine + bytes.Count(before, []byte("\n"))
		e.Col = 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
		e.Msg += ", written as the escape " + string(src[at:at+n])
	}
	return e.WithHint("delete the escape: a policy needs no control character, and shown in a terminal or a mail reader it can clear the screen or change what is shown")
}

// unsafeIn returns the key of the first string of v, in key order, that
// holds an unsafe rune (a key's own name counts), and that rune.
func unsafeIn(key toml.Key, v any) (toml.Key, rune) {
	switch v := v.(type) {
	case string:
		if i, r := term.Find(v); i >= 0 {
			return key, r
		}
	case []any:
		for _, x := range v {
			if k, r := unsafeIn(key, x); k != nil {
				return k, r
			}
		}
	case []map[string]any:
		for _, x := range v {
			if k, r := unsafeIn(key, x); k != nil {
				return k, r
			}
		}
	case map[string]any:
		names := make([]string, 0, len(v))
		for name := range v {
			names = append(names, name)
		}
		slices.Sort(names)
		for _, name := range names {
			k := append(slices.Clip(key), name)
			if i, r := term.Find(name); i >= 0 {
				return k, r
			}
			if k, r := unsafeIn(k, v[name]); k != nil {
				return k, r
			}
		}
	}
	return nil, 0
}

// escapeDigits is how many hex digits follow a TOML escape's letter.
var escapeDigits = map[byte]int{'x': 2, 'u': 4, 'U': 8}

// escapeOf returns the offset and length of the first escape in src that
// writes r, or -1.
func escapeOf(src []byte, r rune) (int, int) {
	for i := 0; i+1 < len(src); i++ {
		if src[i] != '\\' {
			continue
		}
		var got rune = -1
		n := 2 // a backslash and the character it escapes
		switch c := src[i+1]; c {
		case 'b':
			got = '\b'
		case 'f':
			got = '\f'
		case 'e':
			got = 0x1b
		case 'x', 'u', 'U':
			digits := escapeDigits[c]
			if i+2+digits <= len(src) {
				if v, err := strconv.ParseUint(string(src[i+2:i+2+digits]), 16, 32); err == nil {
					got, n = rune(v), 2+digits
				}
			}
		}
		if got == r {
			return i, n
		}
		i++ // past what the backslash escapes, a second backslash included
	}
	return -1, 0
}

// CheckNesting refuses a body whose quotes or lists nest deeper than
// markdown.MaxNesting: parsing it would take time and memory that grow with
// the square of the depth, and no policy nests so deep.
func CheckNesting(file string, body []byte, bodyLine int) *diag.Error {
	line, depth := markdown.Nesting(body)
	if line == 0 {
		return nil
	}
	return diag.Errorf(file, bodyLine+line-1, "quotes or lists nested %d levels deep; redline reads at most %d", depth, markdown.MaxNesting).
		WithHint("flatten the quotes or lists on this line (a page converted to Markdown may have nested them by mistake)")
}

// bom is the UTF-8 byte order mark some editors write; it is not text.
var bom = []byte{0xEF, 0xBB, 0xBF}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, bom) }
