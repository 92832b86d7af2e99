package material

import (
	"strconv"
	"strings"
	"testing"
)

// fastPathWords are words as texts write them, to check that each fast
// path of the classifier reads them as the plain code it replaced did.
var fastPathWords = []string{
	"", "a", "A", "(a", "((\"“Foo", "“Über", "'*_[x", "“", "(", "[“'", "Émile", "\xff(", "(\xff",
	"“\xe2\x80", "ÉCOLE", "İstanbul", "ǅemal", "_", "__init__", "*Note*", "“Quoted”", "9am", "+1", "-0",
	"01", "31", "32", "0", "1900", "2099", "2100", "+999", "-12", "1e3", "٣", "１２", "99x",
}

func TestTrimOpeners(t *testing.T) {
	for _, w := range fastPathWords {
		if got, want := trimOpeners(w), strings.TrimLeft(w, "(\"“'*_["); got != want {
			t.Errorf("trimOpeners(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestAtoi(t *testing.T) {
	for _, w := range append(fastPathWords, "99999999999999999999", "-", "+", "1_000", "0x10", " 1", "1 ") {
		n, ok := atoi(w)
		m, err := strconv.Atoi(w)
		if ok != (err == nil) || ok && n != m {
			t.Errorf("atoi(%q) = %d, %v; strconv.Atoi: %d, %v", w, n, ok, m, err)
		}
	}
}

func TestContainsJoined(t *testing.T) {
	sides := append([]string{"*", "_", "]", "](", "(#", "#)", "respe", "ctively", "x o", "f y", "for", " ", "\xe2\x80", "\x9c*"}, speedTexts...)
	long := strings.Repeat("ab", 40)
	for _, sub := range []string{"**", "__", "](#", "(", "espectively", " of ", "for ", "“", long} {
		for _, a := range append(sides, long[:50]) {
			for _, b := range append(sides, long[50:]) {
				if got, want := containsJoined(a, b, sub), strings.Contains(a+b, sub); got != want {
					t.Errorf("containsJoined(%q, %q, %q) = %v, want %v", a, b, sub, got, want)
				}
			}
		}
	}
}
