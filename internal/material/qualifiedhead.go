package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A word put before a noun, or taken from before it, says which ones or
// whose: the commitment is still about what the noun names. "does not use
// cookies to store" → "does not use third-party cookies to store" (b38-26)
// is a commitment about cookies, though "third-party" names a party; so
// are "allow web trackers" → "allow third-party web trackers" (b36-19),
// "does not use artificial intelligence systems" → "… third-party
// artificial intelligence systems" (b30-31), "to train models" → "to
// train third-party models" (b38-21), and "not targeted to children" →
// "to young children" (b37-06) a commitment about children, whatever the
// heading names.
//
// qualifiedHead returns the category of the noun for a material verdict
// of another category whose change only puts or takes a few words right
// before a noun (no "and", no "or": an item added beside it is another
// thing), words that name no category or only a party, where the noun is
// a term of cookies and trackers, AI, or children: the things and the
// people such a commitment is about. A party's word counts so only in a
// commitment not to do a thing, whose reach it narrows ("does not use
// third-party cookies" leaves the author's own free): said of what is
// done ("we use cookies, clear GIFs, third party web beacons") it names
// a party that gets the data, a recipient. A party added before a purpose
// or data ("third-party analytics", "third-party data") says who gets or
// gives it, and keeps the verdict's category; so do a name and a number.
func (c *classifier) qualifiedHead(v Verdict, ch redline.Change) string {
	if ch.Kind != redline.Replace || namesOwnFact(v.Rule) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" || !chunkPut(so, sn, qualifierBytes) {
		return "" // the cheap test: a few bytes put in one place, or taken
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	ws, end := nw, ns // the side with the words put
	if ns == p {
		ws, end = ow, os
	} else if os != p {
		return "" // words traded, not put or taken
	}
	if end == p || end-p > qualifierSpan || end >= len(ws) {
		return ""
	}
	mod := ws[p:end]
	if !slices.ContainsFunc(mod, qualifierWord) || slices.ContainsFunc(mod, func(w string) bool { return !qualifierWord(w) }) {
		return ""
	}
	recipients := c.rb.categoryIndex("recipients")
	hits := c.ix.strongHits(c.ix.fold(strings.Join(mod, " ")))
	if slices.ContainsFunc(hits, func(h termHit) bool { return int(h.k) != recipients }) {
		return "" // "advertising cookies": a kind named by a category of its own
	}
	if len(hits) > 0 && !slices.ContainsFunc(ws[max(0, p-qualifierDenied):p], denial) {
		return "" // "we use third party web beacons": a party that gets the data
	}
	// The noun may have words of its own before it: "third-party [web]
	// trackers".
	head := ""
	for d := 0; head == "" && d < qualifierHead && end+d < len(ws); d++ {
		if d > 0 && !qualifierWord(ws[end+d-1]) {
			break
		}
		for _, h := range c.ix.strongHits(c.ix.fold(strings.Join(ws[end+d:min(end+d+qualifierHead, len(ws))], " "))) {
			if h.j == 0 && qualifiedCategories[c.rb.Categories[h.k].ID] {
				head = c.rb.Categories[h.k].ID
				break
			}
		}
	}
	if head == "" || head == v.Category {
		return ""
	}
	return head
}

// qualifierWord reports a word that may stand before a noun to say which
// ones or whose: a noun or an adjective as WordNet reads it first, or
// such words joined by a hyphen ("third-party"). "and", "or", a verb or a
// preposition is none.
func qualifierWord(w string) bool {
	if w == "and" || w == "or" || w == "nor" || keptMannerObjects[w] {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		e := wordNet().entries(part)
		if part == "" || len(e) == 0 || !strings.ContainsRune("nas", rune(e[0].pos[0])) {
			return false
		}
	}
	return true
}

// qualifiedCategories are the categories of a noun whose qualifier keeps
// the commitment about it: trackers, automated systems, children.
var qualifiedCategories = map[string]bool{"cookies": true, "ai": true, "children": true}

// qualifierSpan is the most words put before the noun; qualifierHead the
// most words of the noun's own before its term, and of its term.
// A party's word must follow a denial within qualifierDenied words.
const (
	qualifierSpan   = 3
	qualifierHead   = 3
	qualifierDenied = 12
)

// chunkPut reports one text the other with at most n bytes put in one
// place, or taken: a byte scan of their common start and end, letters
// compared in either case.
func chunkPut(a, b string, n int) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) || len(b)-len(a) > n {
		return false
	}
	p := 0
	for p < len(a) && lowerByte(a[p]) == lowerByte(b[p]) {
		p++
	}
	s := 0
	for s < len(a)-p && lowerByte(a[len(a)-1-s]) == lowerByte(b[len(b)-1-s]) {
		s++
	}
	return p+s == len(a)
}

// lowerByte is an ASCII letter in lower case: "Website analytics" →
// "Analytics" takes a word, the capital moving with it.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// qualifierBytes is the most bytes the words put before the noun may
// have, with their spaces.
const qualifierBytes = 48
