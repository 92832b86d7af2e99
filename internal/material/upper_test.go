package material

import (
	"strings"
	"testing"
	"unicode"
)

// TestUpperCase checks upperCase against what it stands for,
// strings.ToUpper(s) == s, on ASCII, other scripts, letters whose capital
// is longer or shorter, and bytes that are not UTF-8.
func TestUpperCase(t *testing.T) {
	for _, s := range []string{"", "EEA", "Eea", "eea", "GDPR-2", "123", "U.S.", "ÉTÉ", "Été", "ß", "ΣΑ", "σα", "ǅ", "ǈ",
		"ı", "İ", "ſ", "K", "\ufffd", "A\xffB", "\xff", "ﬁ", "ＡＢ", "ａｂ", "日本", "Ⅷ", "ⅷ", "ᾈ", "ᾀ"} {
		if got, want := upperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("upperCase(%q) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if s := "A" + string(r); upperCase(s) != (strings.ToUpper(s) == s) {
			t.Errorf("upperCase(%q) = %v", s, upperCase(s))
		}
	}
}
