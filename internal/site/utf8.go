package site

import (
	"bytes"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/diag"
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

// bom is the UTF-8 byte order mark some editors write; it is not text.
var bom = []byte{0xEF, 0xBB, 0xBF}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, bom) }
