package site

import (
	"bytes"
	"unicode/utf8"

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
