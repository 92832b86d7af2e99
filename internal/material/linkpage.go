package material

import (
	"strings"
)

// A link's words name the page or tool it leads to, and the words around
// it often say what kind of place that is: "the ‘Download your data’ tool
// in your account [Privacy Settings](https://www.spotify.com/account/privacy/)"
// → "… on your [Account Privacy](https://www.spotify.com/account/privacy/)
// page" (OTA Spotify v2), "contacting us via our [contact
// form](https://support.github.com/request)" → "… through the [GitHub
// Support portal](https://support.github.com/)" (github-072). Where the
// link still goes to the same site, the reader is sent where they were;
// only the name of the place changed. The words must be nouns that name
// a place and nothing else: no party, no term or topic of a category (but
// a policy page's own words), no way of communicating ("[email settings]"
// says by what means), no quantity, and no word that says on what terms
// ("[our paid request portal]", pagenamed_test.go).

// linkTitles is what one side says in its links: each word of a link's
// title, and a noun right after it ("[Account Privacy](…) page"), with the
// sites the links go to, and the words it writes outside its links.
type linkTitles struct {
	sites map[string][]string        // a word of a link's title → the links' sites
	all   map[string]int             // every site a link goes to, and how many links go there
	lists map[string]int             // per site, the words joining a list in the titles of the links there
	words map[string]map[string]bool // per site, the words of the titles of the links there
	plain map[string]bool            // the words outside the links' titles
}

// maskedSite stands for the site of a link whose target was masked as a
// contact: when both sides' contacts are the same (classifyChange masks
// them only then), a masked link on one side goes where one on the
// other does.
const maskedSite = "\x00contact"

// readLinkWords reads one side.
func (c *classifier) readLinkWords(s string, masked bool) linkTitles {
	lw := linkTitles{sites: map[string][]string{}, all: map[string]int{}, lists: map[string]int{}, words: map[string]map[string]bool{}, plain: map[string]bool{}}
	var b strings.Builder
	last := 0
	for _, m := range mdLinkRE.FindAllStringSubmatchIndex(s, -1) {
		target := strings.TrimSpace(s[m[4]:m[5]])
		site := linkHost(target)
		if target == "contact" && masked {
			site = maskedSite
		}
		if site == "" {
			continue // a link within the page: its words are text
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(" ")
		last = m[1]
		lw.all[site]++
		words := c.ix.fold(s[m[2]:m[3]])
		lw.lists[site] += listJoins(words, s[m[2]:m[3]])
		// A noun right after the link says what its title names: "[Account
		// Privacy](…) page", "[Cookie Settings](…) link".
		after := strings.TrimLeft(s[m[1]:], " \u00a0")
		if end := strings.IndexFunc(after, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }); end > 0 {
			if next := strings.ToLower(after[:end]); isNoun(next) {
				words = append(words[:len(words):len(words)], next)
				last = m[1] + (len(s[m[1]:]) - len(after)) + end
			}
		}
		if lw.words[site] == nil {
			lw.words[site] = map[string]bool{}
		}
		for _, w := range words {
			lw.sites[w] = append(lw.sites[w], site)
			lw.words[site][w] = true
		}
	}
	if last == 0 {
		return lw
	}
	b.WriteString(s[last:])
	for _, w := range c.ix.fold(b.String()) {
		lw.plain[w] = true
	}
	return lw
}

// samePlaceRenamed returns whether a word left unexplained is only in the
// titles of links, on its side, to sites the other side's links go to
// too, and names a place: no party, term, topic, channel or quantity.
func (c *classifier) samePlaceRenamed(old, new string) func(string) bool {
	if !strings.Contains(old, "](") || !strings.Contains(new, "](") {
		return func(string) bool { return false }
	}
	o, n := c.readLinkWords(old, len(c.masked[0]) > 0), c.readLinkWords(new, len(c.masked[1]) > 0)
	if len(o.all) == 0 || len(n.all) == 0 {
		return func(string) bool { return false }
	}
	wn := wordNet()
	explains := func(w string, side, other linkTitles) bool {
		sites := side.sites[w]
		if len(sites) == 0 || side.plain[w] {
			return false
		}
		// As many links go to the site on the other side: a link
		// retitled, not one added or dropped beside those kept.
		// Nor a list in a title grown or cut ("[photo verification]" →
		// "[photo verification or ID verification]").
		for _, s := range sites {
			if other.all[s] < side.all[s] || other.lists[s] != side.lists[s] || !c.namesOnly(side.words[s], other, s) || !c.namesOnly(other.words[s], side, s) {
				return false
			}
		}
		return true
	}
	return func(w string) bool {
		if len(w) < 3 || !isNoun(w) || parties[w] || quantifier(w) || c.ix.termWord[w] && !policyPageWords[w] || c.wordTopics(w) != "" && !policyPageWords[w] || wn.close(w, "communicate") || wn.close(w, "telecommunicate") {
			return false
		}
		if e := wn.entries(w); len(e) > 0 && e[0].pos[0] == 'n' && personOrGroup[e[0].lexfile] {
			return false // a party: "[our partners]" → "[our advertisers]"
		}
		inOld, inNew := len(o.sites[w]) > 0 || o.plain[w], len(n.sites[w]) > 0 || n.plain[w]
		switch {
		case inOld && inNew:
			return explains(w, o, n) && explains(w, n, o)
		case inOld:
			return explains(w, o, n)
		case inNew:
			return explains(w, n, o)
		}
		return false
	}
}

// listJoins counts the words and commas that join the items of a list in
// a link's title, folded and as written: a title that gains one names one
// more thing, not the same place.
func listJoins(folded []string, written string) int {
	n := strings.Count(written, ",")
	for _, w := range folded {
		if w == "or" || w == "and" {
			n++
		}
	}
	return n
}

// namesOnly reports whether the words of a site's titles that the
// other side's titles there lack are nouns, grammar or a pointer
// ("[here]"), or a name the other side writes too: a place renamed, not
// one said to be on other terms ("[online]" → "[our paid request
// portal]").
func (c *classifier) namesOnly(words map[string]bool, other linkTitles, site string) bool {
	for w := range words {
		if other.words[site][w] || c.ix.grammar[w] || determiners[w] || pronouns[w] || w == "here" || w == "there" || isNoun(w) {
			continue
		}
		if len(wordNet().entries(w)) == 0 && (other.plain[w] || len(other.sites[w]) > 0 || w == strings.ToLower(c.brand(false))) {
			continue // a name both sides write, or the author's own: "[GitHub Support portal]"
		}
		return false
	}
	return true
}
