package material

import (
	"math/rand/v2"
	"slices"
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

// TestCommonEnglish checks commonEnglish against the searches it replaced,
// on texts made of marker words, other words and spaces of every kind.
func TestCommonEnglish(t *testing.T) {
	before := func(s string) bool {
		if strings.Contains(s, " the ") || strings.Contains(s, " and ") {
			return true
		}
		markers := 0
		for _, m := range englishMarkers {
			if strings.Contains(s, m) {
				if markers++; markers == 2 {
					return true
				}
			}
		}
		return false
	}
	parts := []string{"the", "and", "of", "of", "you", "which", "these", "The", "ofs", "x", "", " ", "  ", "\t", "\u00a0", ".", "Daten", "und"}
	r := rand.New(rand.NewPCG(5, 6))
	texts := slices.Clone(speedTexts)
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := commonEnglish(s), before(s); got != want {
			t.Errorf("commonEnglish(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAsOf: no text asOf turns away has a match of attestedRE.
func TestAsOf(t *testing.T) {
	for _, s := range append(slices.Clone(speedTexts),
		"As of June 30, 2020, we have never received a National Security Letter",
		"AS OF 2024-01-01, LibraryThing has not been asked", "aſ of 2024-01-01, we have not been asked",
		"As  of 2024-01-01, we have not been asked", "Terms of use as of 2024", "the purposes of processing") {
		if attestedRE.MatchString(s) && !asOf(s) {
			t.Errorf("asOf(%q) = false, but attestedRE matches", s)
		}
	}
	if !attestedRE.MatchString("aſ of 2024-01-01, we have not been asked") {
		t.Error("attestedRE does not read ſ as s: asOf need not look for it")
	}
}
