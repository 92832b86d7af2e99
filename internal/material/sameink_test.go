package material

import (
	"strings"
	"testing"
	"unicode"
)

// TestSameInk: the quick test under rendersSame reads two texts side by
// side; it must say what comparing them with their whitespace, '/' and
// comments taken out says, on any text, valid UTF-8 or not.
func TestSameInk(t *testing.T) {
	texts := []string{"", " ", "We keep logs.", "We  keep\nlogs.", "We keep logs", "We keep logs.<!-- x -->", "We keep <br/>logs.",
		"We keep <br>logs.", "Wé keep logs.", "We\u00a0keep logs.", "We keep \xff logs.", "We keep \xfe logs.", "We keep \ufffd logs.",
		"a/b", "ab", "a b /", "<!-- only -->", "x<!--a-->y", "xy", "x <!-- a\nb --> y", "We keep logs. ", "We keep logs!"}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := sameInk(a, b), ink(a) == ink(b); got != want {
				t.Errorf("sameInk(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func FuzzSameInk(f *testing.F) {
	f.Add("We keep logs.", "We  keep/logs.")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sameInk(a, b), ink(a) == ink(b); got != want {
			t.Errorf("sameInk(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

// ink is what sameInk compares: s without comments, whitespace and '/'.
func ink(s string) string {
	s = commentRE.ReplaceAllString(s, "")
	return strings.Map(func(r rune) rune {
		if r == '/' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
