package redline

import (
	"iter"
	"slices"
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
	// about a word and a space every six bytes
	return slices.AppendSeq(make([]string, 0, len(s)/3), tokenSeq(s))
}

// tokenSeq yields the tokens of s one by one, as tokens splits it.
func tokenSeq(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
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
			if !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
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

// maxMyersTokens bounds the token sequences given whole to go-diff's Myers
// diff, whose time is the product of the length and the number of
// differences: two unrelated 10 MB paragraphs would take hours. Longer
// blocks are first aligned by their unique word contexts (longDiff), and
// only the regions between those anchors are diffed word by word. The
// bound is a count, not a time, so the answer is the same on every machine.
const maxMyersTokens = 1 << 13

// diff is the word-level edit script between two token id sequences. It
// runs go-diff on the ids as runes with its time limit off, so that the
// answer never depends on the machine.
func (v *vocab) diff(a, b []rune) []Span {
	var spans []Span
	if len(a)+len(b) > maxMyersTokens {
		v.longDiff(a, b, &spans)
	} else {
		v.myers(a, b, &spans)
	}
	return spans
}

// myers appends the go-diff edit script from a to b to spans.
func (v *vocab) myers(a, b []rune, spans *[]Span) {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(a, b, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Deleted
		case diffmatchpatch.DiffInsert:
			op = Inserted
		}
		v.appendSpan(spans, op, d.Text)
	}
}

// appendSpan appends the text of ids (token ids as runes, as go-diff
// gives them) to spans as op, joining it to the last span when that has
// the same op.
func (v *vocab) appendSpan(spans *[]Span, op Op, ids string) {
	if len(ids) == 0 {
		return
	}
	last := len(*spans) - 1
	join := last >= 0 && (*spans)[last].Op == op
	size := 0
	if join {
		size = len((*spans)[last].Text)
	}
	for _, r := range ids {
		size += len(v.text(r))
	}
	var sb strings.Builder
	sb.Grow(size)
	if join {
		sb.WriteString((*spans)[last].Text)
	}
	for _, r := range ids {
		sb.WriteString(v.text(r))
	}
	if join {
		(*spans)[last].Text = sb.String()
		return
	}
	*spans = append(*spans, Span{Op: op, Text: sb.String()})
}

// contextTokens is how many tokens, from its own on, a token's context key
// covers in longDiff: four words and the spaces between them.
const contextTokens = 8

// longDiff diffs long token sequences in bounded time and memory. Each
// token is keyed by itself and the tokens that follow it, so that in prose,
// where single words repeat but runs of four rarely do, most keys are
// unique; a patience alignment of the keys (align, bounded by maxDPCells)
// pins down what the texts share, and every region between pinned tokens is
// then diffed word by word by myers when it is small enough, or struck and
// inserted whole when it is not.
func (v *vocab) longDiff(a, b []rune, spans *[]Span) {
	ei, ej, n := 0, 0, 0 // the current run of equal tokens: a[ei:ei+n] = b[ej:ej+n]
	alignEach(contextKeys(a), contextKeys(b), func(e edit) {
		// An equal key stands for an equal token; were two contexts ever
		// to hash alike, the check makes the pair a change, not an error.
		if e.op != Equal || a[e.a] != b[e.b] {
			return
		}
		if n > 0 && e.a == ei+n && e.b == ej+n {
			n++
			return
		}
		v.appendSpan(spans, Equal, string(a[ei:ei+n]))
		v.changed(a[ei+n:e.a], b[ej+n:e.b], spans)
		ei, ej, n = e.a, e.b, 1
	})
	v.appendSpan(spans, Equal, string(a[ei:ei+n]))
	v.changed(a[ei+n:], b[ej+n:], spans)
}

// changed appends the edit script of a region between two runs of equal
// tokens: word by word when it is small enough, else struck and inserted
// whole.
func (v *vocab) changed(a, b []rune, spans *[]Span) {
	switch {
	case len(a) == 0 && len(b) == 0:
	case len(a)+len(b) <= maxMyersTokens:
		v.myers(a, b, spans)
	default:
		v.appendSpan(spans, Deleted, string(a))
		v.appendSpan(spans, Inserted, string(b))
	}
}

// contextKeys keys each token by its id and the ids of the contextTokens-1
// tokens after it (FNV-1a over the ids).
func contextKeys(ids []rune) []int {
	keys := make([]int, len(ids))
	for i := range ids {
		h := uint64(14695981039346656037)
		for _, r := range ids[i:min(i+contextTokens, len(ids))] {
			h ^= uint64(r)
			h *= 1099511628211
		}
		keys[i] = int(h)
	}
	return keys
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
