package material

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// scanRawWordsBefore is scanRawWords as it was before its ASCII runs were
// read in a loop of their own.
func scanRawWordsBefore(s string, f func(string) bool) {
	start := -1
	for i := 0; i < len(s); {
		var r rune
		var n int
		var word bool
		if c := s[i]; c < utf8.RuneSelf {
			r, n = rune(c), 1
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if !word && start >= 0 && (r == '\'' || r == '’' || r == '.' || r == ',') && i+n < len(s) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if r == '\'' || r == '’' {
				word = unicode.IsLetter(next)
			} else {
				word = unicode.IsDigit(prev) && unicode.IsDigit(next)
			}
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			if !f(s[start:i]) {
				return
			}
			start = -1
		}
		i += n
	}
	if start >= 0 {
		f(s[start:])
	}
}

func TestScanRawWordsAsBefore(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "a'b", "1,000.5 x", "can’t stop", "é1 a.b", "x'", "'x", "12,", ",12", "a,,b", "ab'cd'",
		"日本語 text", "\xff\xfeab", "1.2.3", "a'é", "9’s", "Ünïcödé words", "a’", "3.", ".5", "x\u00a0y", "")
	for _, s := range texts {
		for limit := 1; limit <= 6; limit++ {
			var got, want []string
			scanRawWords(s, func(w string) bool { got = append(got, w); return limit == 6 || len(got) < limit })
			scanRawWordsBefore(s, func(w string) bool { want = append(want, w); return limit == 6 || len(want) < limit })
			if !slices.Equal(got, want) {
				t.Errorf("scanRawWords(%q) (up to %d) = %q, before %q", s, limit, got, want)
			}
		}
	}
}

func TestMayGiveUpdateReasonCoversRE(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "This privacy policy may be updated according to regulatory developments.",
		"We may update this Privacy Policy from time to time to reflect changes in the law.", "WE MAY CHANGE OUR NOTICE DUE TO LAW",
		"Our policy may be amended in line with guidance", "The statement can be revised following a merger", "we may modify the policy because of x",
		"This notice will be changed as a result of audits", "we will update our policy to take account of new rules", "we may update this policy.",
		"this policy may be revi\u017fed due to law", "our policy may be updated to ta\u212ae account of law")
	for _, s := range texts {
		if !mayGiveUpdateReason(s) && updateReasonRE.MatchString(s) {
			t.Errorf("mayGiveUpdateReason(%q) is false, but updateReasonRE matches it", s)
		}
	}
}

func TestMayJoinClausesCoversRE(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "We keep it, but you may ask", "it is kept, although we delete", "x,\tyet they can",
		"we store it, whereas Omni will share", "a, while we check", "data, though it is", "a, and we", "A, But we")
	for _, s := range texts {
		if !strings.Contains(s, ";") && !mayJoinClauses(s) && clauseJointRE.MatchString(s) {
			t.Errorf("mayJoinClauses(%q) is false, but clauseJointRE matches it", s)
		}
	}
}

// TestHasScopeQualifierAsRE holds hasScopeQualifier to the expression it
// stands in for, on tricky texts and on every line of the labelled
// batches, whole and cut (restructured reads a window of its text).
func TestHasScopeQualifierAsRE(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "Where required", "AS NECESSARY by law", "a\u017f required", "wherever required",
		"In most cases, we", "_in most cases", "in_ most cases", "generally", "GENERALLY", "Generally_", "by default", "byd efault",
		"necessary for", "if\tpermitted", "where\u00a0required", "when applicable laws require", "usually.", "2if required", "if",
		"Normally\nwe", "where TECHNICALLY feasible", "as permitted")
	for _, data := range batchFiles(t) {
		texts = append(texts, strings.Split(data, "\n")...)
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i += 1 + len(s)/3 {
			for _, cut := range []string{s[i:], s[:i]} {
				if got, want := hasScopeQualifier(cut), scopeQualifierRE.MatchString(cut); got != want {
					t.Errorf("hasScopeQualifier(%q) = %v, scopeQualifierRE says %v", cut, got, want)
				}
			}
		}
	}
}

// stemBefore is stem as it was before its endings were filed by their
// last byte.
func stemBefore(w string) string {
	if len(w) <= 5 {
		if l, ok := irregularForms[w]; ok {
			w = l
		}
	}
	for _, suf := range []string{"ations", "ation", "ions", "ion", "ances", "ance", "ences", "ence", "ments", "ment", "ies", "es", "s", "ed", "ing", "ly"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 && !(suf == "s" && strings.HasSuffix(w, "ss")) {
			w = w[:len(w)-len(suf)]
			if suf == "ed" || suf == "ing" {
				w = undoubleStem(w)
			}
			break
		}
	}
	if len(w) >= 5 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

func TestStemAsBefore(t *testing.T) {
	words := append(slices.Clone(speedTexts), "s", "ss", "ed", "ing", "kept", "shown", "stopping", "process", "processes", "ations",
		"operations", "operation", "performances", "references", "payments", "parties", "uses", "used", "kindly", "e", "free", "tree")
	for _, data := range batchFiles(t) {
		words = append(words, strings.Fields(strings.ToLower(data))...)
	}
	for _, w := range words {
		if got, want := stem(w), stemBefore(w); got != want {
			t.Errorf("stem(%q) = %q, before %q", w, got, want)
		}
	}
}

func TestHasCurrencySignAsIndexFunc(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "$10", "10 €", "£5", "¥", "youâ€™re", "Ã¢â‚¬â„¢", "\xe2\x82", "\xa3", "a ₹ b", "¤")
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := "a " + string(r)
		if got, want := hasCurrencySign(s), unicode.Is(unicode.Sc, r); got != want {
			t.Errorf("hasCurrencySign(%q) = %v, unicode.Is(Sc) says %v", s, got, want)
		}
	}
	for _, s := range texts {
		want := strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Sc, r) }) >= 0
		if got := hasCurrencySign(s); got != want {
			t.Errorf("hasCurrencySign(%q) = %v, IndexFunc says %v", s, got, want)
		}
	}
}

// batchFiles returns the text of every labelled batch.
func batchFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/batch*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no batches: %v", err)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}
