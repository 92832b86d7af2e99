package material

import (
	"strings"
	"testing"
)

// The gates and shortcuts of the fifth session's speed work (2026-12-03),
// each against what it stands in for.

func TestEqualFoldASCIIAsEqualFold(t *testing.T) {
	subs := []string{"see", "your", "i.e", "kids", "s", "k", "-x", "a b", "set out", "mean"}
	texts := []string{"SEE", "See", "sEe", "YOUR", "I.E", "i.E", "KIDS", "\u212aids", "\u212a", "\u017f", "S", "K", "-X", "-x", "A B", "a\tb",
		"SET OUT", "Set Out", "\u017fet out", "MEAN", "Mean", "m\xc3an", "\xff\xfe\xfd", "me\u00e1", "Ke", "kE", "[e", "{E"}
	for _, sub := range subs {
		for _, s := range texts {
			for _, w := range []string{s, s + s, s[min(1, len(s)):], strings.ToUpper(s), strings.ToLower(s)} {
				if len(w) < len(sub) {
					continue
				}
				w = w[:len(sub)]
				if got, want := equalFoldASCII(w, sub), strings.EqualFold(w, sub); got != want {
					t.Errorf("equalFoldASCII(%q, %q) = %v, EqualFold says %v", w, sub, got, want)
				}
			}
		}
	}
}

func TestMayDescribeHereCoversRE(t *testing.T) {
	texts := append(speedTexts, "as described below", "AS DESCRIBED HERE", "as further explained [here](x)", "more fully set out above",
		"as de\u017fcribed below", "as detailed below", "as Outlined Above", "described\nhere", "as set out in the Annex", "see here")
	for _, s := range texts {
		if !mayDescribeHere(s) && describedHereRE.MatchString(s) {
			t.Errorf("mayDescribeHere(%q) is false, but describedHereRE matches it", s)
		}
	}
}

func TestAlnumBytesAsIsAlnumByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		if got, want := alnumBytes[c] == 1, isAlnumByte(byte(c)); got != want || alnumBytes[c] > 1 {
			t.Errorf("alnumBytes[%#x] = %d, isAlnumByte says %v", c, alnumBytes[c], want)
		}
	}
}
