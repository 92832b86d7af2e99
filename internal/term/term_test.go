package term

import "testing"

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
