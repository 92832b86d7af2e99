package redline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// tokens splits text into words (letters and digits, with inner
// apostrophes, hyphens, dots and commas as in "don't", "AES-256", "1.2",
// "10,000"), runs of whitespace, and single other characters. A changed word
// is then struck and inserted whole: never "character soup".
func tokens(s string) []string {
	out := make([]string, 0, len(s)/3) // about a word and a space every six bytes
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		switch {
		case isWord(r):
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if isWord(r2) {
					j += n
					continue
				}
				// an inner joiner followed by a word character stays in the word
				if isJoiner(r2) && j+n < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n:])
					if isWord(r3) && (r2 != ',' || unicode.IsDigit(r3)) && (r2 != '.' || unicode.IsDigit(r3)) {
						j += n
						continue
					}
				}
				break
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// isJoiner reports whether r may join two parts of one word: "don't",
// "e-mail", "1.5", "10,000".
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',':
		return true
	}
	return false
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordDiff returns the word-level edit script from a to b.
func wordDiff(a, b string) []Span {
	var v vocab
	ia, ib := v.ids(tokens(a)), v.ids(tokens(b))
	return v.diff(ia, ib)
}

func (v *vocab) ids(ts []string) []rune {
	out := make([]rune, len(ts))
	for i, t := range ts {
		out[i] = v.token(t)
	}
	return out
}

// diff is the word-level edit script between two token id sequences. It
// runs go-diff on the ids as runes with its time limit off, so that the
// answer never depends on the machine; blocks are small, so the work is
// bounded.
func (v *vocab) diff(a, b []rune) []Span {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(a, b, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	spans := make([]Span, 0, len(diffs))
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Deleted
		case diffmatchpatch.DiffInsert:
			op = Inserted
		}
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(v.text(r))
		}
		if n := len(spans); n > 0 && spans[n-1].Op == op {
			spans[n-1].Text += sb.String()
			continue
		}
		spans = append(spans, Span{Op: op, Text: sb.String()})
	}
	return spans
}

// similarity is the Dice coefficient of two sorted multisets of word ids:
// 1 for the same words, 0 for none in common. Punctuation and spacing do
// not count.
func similarity(a, b []int32) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// wordCount is the number of words in s.
func wordCount(s string) int {
	n := 0
	for _, t := range tokens(s) {
		if r, _ := utf8.DecodeRuneInString(t); isWord(r) {
			n++
		}
	}
	return n
}
