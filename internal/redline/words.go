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
	var out []string
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
				if strings.ContainsRune("'’-.,", r2) && j+n < len(s) {
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

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordDiff returns the word-level edit script from a to b. The diff runs on
// tokens mapped to runes, with go-diff's time limit off so that the answer
// never depends on the machine; blocks are small, so the work is bounded.
func wordDiff(a, b string) []Span {
	ta, tb := tokens(a), tokens(b)
	ids := make(map[string]rune)
	var vocab []string
	encode := func(ts []string) string {
		rs := make([]rune, len(ts))
		for i, t := range ts {
			id, ok := ids[t]
			if !ok {
				id = rune(len(vocab) + 1)
				if id >= 0xD800 { // skip the surrogate range, which is not valid in a string
					id += 0x800
				}
				ids[t] = id
				vocab = append(vocab, t)
			}
			rs[i] = id
		}
		return string(rs)
	}
	ea, eb := encode(ta), encode(tb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes([]rune(ea), []rune(eb), false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	decode := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			if r >= 0xD800+0x800 {
				r -= 0x800
			}
			sb.WriteString(vocab[r-1])
		}
		return sb.String()
	}
	spans := make([]Span, 0, len(diffs))
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Deleted
		case diffmatchpatch.DiffInsert:
			op = Inserted
		}
		text := decode(d.Text)
		if n := len(spans); n > 0 && spans[n-1].Op == op {
			spans[n-1].Text += text
			continue
		}
		spans = append(spans, Span{Op: op, Text: text})
	}
	return spans
}

// similarity is the Dice coefficient of the two texts' word multisets: 1
// for the same words, 0 for none in common. Punctuation and spacing do not
// count.
func similarity(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	counts := make(map[string]int, len(a))
	for _, w := range a {
		counts[w]++
	}
	common := 0
	for _, w := range b {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// words returns the lower-cased words of s, for similarity.
func words(s string) []string {
	var out []string
	for _, t := range tokens(s) {
		r, _ := utf8.DecodeRuneInString(t)
		if isWord(r) {
			out = append(out, strings.ToLower(t))
		}
	}
	return out
}
