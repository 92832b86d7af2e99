package material

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A pattern is a regular expression with a prefilter: the literal strings
// of which every match must contain at least one, worked out from the
// expression's syntax when it is compiled. Most of the rules' expressions
// fail on most of the text they are asked about, and Go's matcher tries an
// expression that opens with \b, \s* or an alternation at every position
// of the text before it fails; looking for a required word first costs a
// byte search. The prefilter never changes an answer: when it finds none
// of its strings, the expression cannot match (pattern_test.go checks it
// on every expression of the package). This is how RE2's and
// codesearch's prefilters work, with literals in place of trigrams.
type pattern struct {
	*regexp.Regexp
	needs [][]need // every match contains, from each group, one string
	any   bool     // no requirement known: always run the expression

	// anchored is the expression anchored, for one that opens each
	// match at a word's start with a letter opens holds (opensWords).
	anchored *regexp.Regexp
	opens    *[256]bool
}

// maxNeeds bounds the strings a prefilter may try: a long alternation of
// words is cheaper to leave to the matcher than to search word by word.
const maxNeeds = 12

// patterns holds every pattern made, for pattern_test.go to check.
var patterns []*pattern

// mustPattern compiles expr, which must be valid, with its prefilter.
// Made once, at package level: working out the prefilter is not free.
func mustPattern(expr string) *pattern {
	p := &pattern{Regexp: regexp.MustCompile(expr)}
	patterns = append(patterns, p)
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		p.any = true
		return p
	}
	if prefix, _ := p.LiteralPrefix(); prefix != "" {
		// Go's matcher looks for a literal prefix itself, by a byte search.
		p.any = true
		return p
	}
	p.needs = groups(re.Simplify())
	p.any = len(p.needs) == 0
	return p
}

// maxGroups bounds the searches a prefilter makes: the two strongest
// requirements of a sequence ("(" and a quotation mark) rule out most
// text, and each further one costs another pass over it.
const maxGroups = 2

// groups gives the strongest requirements of a sequence, all of which a
// match meets; of anything else, its one requirement.
func groups(re *syntax.Regexp) [][]need {
	for re.Op == syntax.OpCapture || re.Op == syntax.OpPlus || re.Op == syntax.OpRepeat && re.Min >= 1 {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		if n := required(re); n != nil {
			return [][]need{n}
		}
		return nil
	}
	var all [][]need
	for _, sub := range re.Sub {
		if n := required(sub); n != nil {
			all = append(all, n)
		}
	}
	slices.SortStableFunc(all, func(a, b []need) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	return all[:min(len(all), maxGroups)]
}

// may says whether s can hold a match: false only when it cannot.
func (p *pattern) may(s string) bool {
	if p.any {
		return true
	}
	for _, group := range p.needs {
		if !containsOne(s, group) {
			return false
		}
	}
	return true
}

func containsOne(s string, group []need) bool {
	for _, n := range group {
		if n.fold && containsFoldAt(s, n.s, n.anchor) || !n.fold && strings.Contains(s, n.s) {
			return true
		}
	}
	return false
}

// need is one literal string a match may have to contain.
type need struct {
	s      string
	fold   bool // s is lower-case ASCII and is matched regardless of case
	anchor int  // of a fold string, the index of its rarest letter in English
}

// required gives strings of which every match of re contains at least
// one, or nil when it knows of none (the expression may match the empty
// string, or anything at all).
func required(re *syntax.Regexp) []need {
	switch re.Op {
	case syntax.OpLiteral:
		return literalNeed(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		return classNeed(re.Rune)
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var best []need
		for _, sub := range re.Sub {
			if n := required(sub); n != nil && better(n, best) {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		var all []need
		for _, sub := range re.Sub {
			n := required(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		if len(all) > maxNeeds {
			return nil
		}
		return all
	}
	return nil // empty-width assertions, any character, star, quest, empty
}

// better prefers the requirement whose shortest string is longer, and
// then the one with fewer strings to look for.
func better(n, than []need) bool {
	if than == nil {
		return true
	}
	short := func(ns []need) int {
		m := -1
		for _, x := range ns {
			if m < 0 || len(x.s) < m {
				m = len(x.s)
			}
		}
		return m
	}
	if a, b := short(n), short(than); a != b {
		return a > b
	}
	return len(n) < len(than)
}

// literalNeed is the literal itself; matched regardless of case, the
// longest run of it whose letters fold only to ASCII letters ("k" also
// matches the Kelvin sign, "s" the long s: such a letter ends a run).
func literalNeed(rs []rune, fold bool) []need {
	if !fold {
		return []need{{s: string(rs)}}
	}
	best, run := "", []byte{}
	flush := func() {
		if len(run) > len(best) {
			best = string(run)
		}
		run = run[:0]
	}
	for _, r := range rs {
		if !asciiOrbit(r) {
			flush()
			continue
		}
		run = append(run, byte(unicode.ToLower(r)))
	}
	flush()
	if best == "" {
		return nil
	}
	return []need{{s: best, fold: true, anchor: rarest(best)}}
}

// asciiOrbit says whether r and every letter it folds to are ASCII.
func asciiOrbit(r rune) bool {
	if r >= utf8.RuneSelf {
		return false
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// classNeed is each character of a small class, such as [“"‘].
func classNeed(ranges []rune) []need {
	var out []need
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i+1]-ranges[i] >= 4 {
			return nil
		}
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			out = append(out, need{s: string(r)})
			if len(out) > 4 {
				return nil
			}
		}
	}
	return out
}

// letterRank orders the letters of English from the commonest; a byte
// not listed (a digit, a space, a mark) ranks rarer than any.
const letterRank = "etaoinsrhldcumfpgwybvkxjqz"

// rarest is the index of the rarest byte of s, lower-case ASCII: the one
// a search looks for first, so that few places are compared in full.
func rarest(s string) int {
	best, rank := 0, -1
	for i := 0; i < len(s); i++ {
		r := strings.IndexByte(letterRank, s[i])
		if r < 0 {
			r = len(letterRank)
		}
		if r > rank {
			best, rank = i, r
		}
	}
	return best
}

// containsFoldAt says whether s contains sub, lower-case ASCII, in any
// case, looking for the byte of sub at anchor in both its cases and
// comparing sub in full where one is. A byte of sub can only meet an
// ASCII byte of s: UTF-8 keeps ASCII bytes out of every longer character.
func containsFoldAt(s, sub string, anchor int) bool {
	c := sub[anchor]
	cases := [2]byte{c, c}
	if 'a' <= c && c <= 'z' {
		cases[1] = c - 'a' + 'A'
	}
	for k, b := range cases {
		if k == 1 && b == cases[0] {
			break
		}
		for at := anchor; at < len(s); at++ {
			i := strings.IndexByte(s[at:], b)
			if i < 0 {
				break
			}
			at += i
			if start := at - anchor; start+len(sub) <= len(s) && equalFoldASCII(s[start:start+len(sub)], sub) {
				return true
			}
		}
	}
	return false
}

func (p *pattern) MatchString(s string) bool {
	if !p.may(s) {
		return false
	}
	if p.atWordsOnly(s) {
		return len(p.allAt(s, 1, false)) > 0
	}
	return p.Regexp.MatchString(s)
}

func (p *pattern) FindString(s string) string {
	if !p.may(s) {
		return ""
	}
	return p.Regexp.FindString(s)
}

func (p *pattern) FindStringIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringIndex(s)
}

func (p *pattern) FindStringSubmatch(s string) []string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatch(s)
}

func (p *pattern) FindStringSubmatchIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatchIndex(s)
}

func (p *pattern) FindAllString(s string, n int) []string {
	if !p.may(s) {
		return nil
	}
	if p.atWordsOnly(s) {
		var out []string
		for _, m := range p.allAt(s, n, false) {
			out = append(out, s[m[0]:m[1]])
		}
		return out
	}
	return p.Regexp.FindAllString(s, n)
}

func (p *pattern) FindAllStringIndex(s string, n int) [][]int {
	if !p.may(s) {
		return nil
	}
	if p.atWordsOnly(s) {
		return p.allAt(s, n, false)
	}
	return p.Regexp.FindAllStringIndex(s, n)
}

func (p *pattern) FindAllStringSubmatch(s string, n int) [][]string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatch(s, n)
}

func (p *pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !p.may(s) {
		return nil
	}
	if p.atWordsOnly(s) {
		return p.allAt(s, n, true)
	}
	return p.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (p *pattern) ReplaceAllString(s, repl string) string {
	if !p.may(s) {
		return s
	}
	return p.Regexp.ReplaceAllString(s, repl)
}

func (p *pattern) ReplaceAllLiteralString(s, repl string) string {
	if !p.may(s) {
		return s
	}
	return p.Regexp.ReplaceAllLiteralString(s, repl)
}

func (p *pattern) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !p.may(s) {
		return s
	}
	return p.Regexp.ReplaceAllStringFunc(s, repl)
}

// Split is regexp's: no match leaves s whole (and n == 0 nothing).
func (p *pattern) Split(s string, n int) []string {
	if n != 0 && !p.may(s) {
		return []string{s}
	}
	return p.Regexp.Split(s, n)
}
