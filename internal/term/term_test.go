package term

import (
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain\ttext\r\n", "plain\ttext\r\n"},
		{"clear\x1b[2J\x1b]0;pwned\x07 me", `clear\u001b[2J\u001b]0;pwned\u0007 me`},
		{"c1 \u009b2J del \x7f", `c1 \u009b2J del \u007f`},
		{"bidi \u202eevil\u202c and \u2066x\u2069, marks \u200e\u200f kept", "bidi \\u202eevil\\u202c and \\u2066x\\u2069, marks \u200e\u200f kept"},
		{"bad \xff byte, real \uFFFD kept", "bad \\xff byte, real \uFFFD kept"},
		{"Français, 日本語", "Français, 日本語"},
	} {
		if got := Escape(tc.in); got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFindEveryRune checks Find, which reads bytes, against the rune-by-rune
// definition of Unsafe: every rune up to U+FFFF and beyond, alone and inside
// text, in a string and in bytes.
func TestFindEveryRune(t *testing.T) {
	runeWise := func(s string) (int, rune) {
		for i, r := range s {
			if Unsafe(r) {
				return i, r
			}
		}
		return -1, 0
	}
	for r := rune(0); r < 0x30000; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		for _, s := range []string{string(r), "Français · " + string(r) + " 日本", "\u2060" + string(r)} {
			wi, wr := runeWise(s)
			if i, got := Find(s); i != wi || got != wr {
				t.Fatalf("Find(%q) = %d, %U; want %d, %U", s, i, got, wi, wr)
			}
			if i, got := Find([]byte(s)); i != wi || got != wr {
				t.Fatalf("Find([]byte(%q)) = %d, %U; want %d, %U", s, i, got, wi, wr)
			}
		}
	}
	// A sequence cut short at the end is passed over, not read past.
	for _, s := range []string{"x\xe2", "x\xe2\x80", "x\xc2"} {
		if i, _ := Find(s); i != -1 {
			t.Errorf("Find(%q) = %d, want -1", s, i)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := []byte(strings.Repeat("We keep your data for 30 days — “only” as long as needed, in Zürich.\n", 2000))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if i, _ := Find(text); i >= 0 {
			b.Fatal(i)
		}
	}
}
