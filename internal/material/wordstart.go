package material

import (
	"regexp"
	"strings"
)

// Some expressions open each match with a word from a few, "\b(?:where|
// if|when|as)\s+…", and fail on most texts that hold one of the words:
// Go's matcher tries them at every byte of the text. Such a match can
// only start where a word does with one of the words' first letters, and
// the expression is tried there alone, anchored (allAt). On the
// paragraphs of the medium benchmark corpus, authorDutyRE and
// authorChoiceRE found their matches so in a quarter of the time: "as",
// "if" and "the" are in most of them.

// opensWords marks p as an expression every match of which starts at a
// word's start (\b before an ASCII letter) with one of letters, in any
// case, and holds no letter beyond ASCII but through (?i) folding "ſ" to
// "s" and "K" (the Kelvin sign) to "k". speed58_test.go holds each such
// expression to itself unanchored.
func (p *pattern) opensWords(letters string) *pattern {
	opens := new([256]bool)
	for i := 0; i < len(letters); i++ {
		c := letters[i]
		if c < 'a' || c > 'z' {
			panic("opensWords: not a lower-case ASCII letter: " + letters)
		}
		opens[c], opens[c-'a'+'A'] = true, true
	}
	p.opens, p.anchored = opens, regexp.MustCompile(`^(?:`+p.String()+`)`)
	return p
}

// atWordsOnly reports whether p's matches in s may be found by allAt: p
// opens its matches at words, and s has no letter beyond ASCII that
// (?i) folds to one of ASCII.
func (p *pattern) atWordsOnly(s string) bool {
	return p.opens != nil && !strings.Contains(s, "ſ") && !strings.Contains(s, "\u212a")
}

// allAt is FindAllStringIndex(s, n), or FindAllStringSubmatchIndex(s, n)
// with sub, found by trying the anchored expression where each match
// may start. Where p's match ends, the next may start (as Go's matcher
// reads on), and \b reads the byte before each place as it does in s.
func (p *pattern) allAt(s string, n int, sub bool) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); i++ {
		if !p.opens[s[i]] || i > 0 && reWordByte(s[i-1]) {
			continue
		}
		var m []int
		if sub {
			m = p.anchored.FindStringSubmatchIndex(s[i:])
		} else {
			m = p.anchored.FindStringIndex(s[i:])
		}
		if m == nil {
			continue
		}
		if m[1] == m[0] {
			// An empty match: Go's matcher has rules of its own for
			// these, and none of the expressions makes one.
			if sub {
				return p.Regexp.FindAllStringSubmatchIndex(s, n)
			}
			return p.Regexp.FindAllStringIndex(s, n)
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1] - 1
	}
	return out
}

// The expressions of the author's duties and choices (legalduty.go), of
// the standards a condition measures by (standard.go), of what the reader
// gave (exampleclosed.go), of a policy's date (policydate.go) and of a
// denial for the present (presentdenial.go).
func init() {
	authorDutyRE.opensWords("wuiartl")
	authorChoiceRE.opensWords("wia")
	purposeNeedRE.opensWords("awi")
	purposeFitRE.opensWords("awi")
	standardRE.opensWords("wiat")
	readerGaveRE.opensWords("dic")
	policyDateRE.opensWords("pnsdi")
	presentDenialRE.opensWords("ncp")
}
