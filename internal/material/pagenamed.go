package material

import (
	"slices"
	"strings"
)

// pageNouns are the nouns that name a page a link leads to.
var pageNouns = map[string]bool{"page": true, "pages": true, "webpage": true, "site": true, "website": true, "form": true, "portal": true}

// pagePrepositions open the phrase that says on which page an act is done.
var pagePrepositions = map[string]bool{"on": true, "at": true, "via": true, "through": true, "from": true, "in": true}

// pageNamed reports two texts whose links point where they did, read in
// the same words but for a phrase that names the page a link leads to,
// added or dropped, or put for words that only point ("here", "online"),
// the page's noun in the link's title: "[you can opt
// out](https://www.google.com/privacy_ads.html)" → "you can opt out on
// [Google's ad privacy page](…)", "[here](…)" → "on [our preferences
// page](…)". The reader is sent where they were, to
// do what they could; the phrase says where that is. A name in the phrase
// must be the site's (its host) or named in the text already: "on
// [Mixpanel's page](https://google.com/…)" names another party. A phrase
// with a word of force, a number or a term of a category other than
// what a policy page is called ("on [our paid page](…)") says more than
// where, and is compared.
func (c *classifier) pageNamed(old, new string) bool {
	if !strings.Contains(old, "](") || !strings.Contains(new, "](") {
		return false
	}
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) == 0 || len(lo) != len(ln) {
		return false
	}
	for i := range lo {
		if lo[i][2] != ln[i][2] {
			return false
		}
	}
	ro, rn := mdLinkRE.ReplaceAllString(old, "$1"), mdLinkRE.ReplaceAllString(new, "$1")
	fo, fn := c.ix.fold(ro), c.ix.fold(rn)
	// The words on each side of one run that differs.
	p := 0
	for p < len(fo) && p < len(fn) && fo[p] == fn[p] {
		p++
	}
	s := 0
	for s < len(fo)-p && s < len(fn)-p && fo[len(fo)-1-s] == fn[len(fn)-1-s] {
		s++
	}
	mo, mn := fo[p:len(fo)-s], fn[p:len(fn)-s]
	switch {
	case c.pagePhrase(mn) && pointerOnly(mo):
	case c.pagePhrase(mo) && pointerOnly(mn):
		ro, ln = rn, lo
	default:
		return false
	}
	// The page's noun is in the title of a link, and the names of the
	// titles are the site's or the text's.
	titled := false
	rest := strings.ToLower(ro)
	for _, l := range ln {
		ft := c.ix.fold(l[1])
		if len(ft) > 0 && pageNouns[ft[len(ft)-1]] {
			titled = true
		}
		host := strings.ReplaceAll(linkHost(l[2]), "-", "")
		named := func(n string) bool {
			n = strings.ToLower(n)
			return strings.Contains(rest, n) || host != "" && strings.Contains(host, strings.ReplaceAll(strings.ReplaceAll(n, " ", ""), "-", ""))
		}
		for _, w := range rawWords(l[1]) {
			// An owner ("Google's") is a name whether or not a
			// dictionary knows the word.
			if p := possessive(w); isName(w) && (!c.english(p) || p != strings.ToLower(w)) && !named(p) {
				return false
			}
		}
		for _, e := range c.entities(l[1]) {
			if !named(e) {
				return false
			}
		}
	}
	return titled
}

// pagePhrase reports folded words that say on which page: a preposition,
// at most four words and a page's noun, none of them a word of force, a
// number or a term of a category but what a policy page is called.
func (c *classifier) pagePhrase(run []string) bool {
	if len(run) < 2 || len(run) > 6 || !pagePrepositions[run[0]] || !pageNouns[run[len(run)-1]] {
		return false
	}
	for _, w := range run[1:] {
		if pagePrepositions[w] || isNumber(w) || c.ix.number[w] {
			return false
		}
	}
	if count, _ := c.ix.forces(run); len(count) > 0 {
		return false
	}
	return !slices.ContainsFunc(c.ix.strongHits(run), func(h termHit) bool { return !policyPageWords[c.ix.terms[h.k][h.i][0]] })
}

// pointerWords are the words of a link's title that only point at it:
// "[here]", "[this link]", "[online]".
var pointerWords = map[string]bool{"here": true, "online": true, "this": true, "link": true, "below": true, "click": true}

// pointerOnly reports folded words that are all pointerWords, or none.
func pointerOnly(ws []string) bool {
	for _, w := range ws {
		if !pointerWords[w] {
			return false
		}
	}
	return true
}
