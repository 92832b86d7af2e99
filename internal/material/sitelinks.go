package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/redline"
)

// siteLinksOnly reports a change whose text on each side, where it has
// one, is only links to pages of the site the text links to most: a menu,
// a footer or a list of the site's products, captured with the policy
// ("* [IoT and devices](https://canonical.com/solutions/iot-and-devices)",
// Ubuntu's page in Open Terms Archive, ota-52 002; "[Labor &
// employment](https://legal.thomsonreuters.com/…)", ota-52 028). Such
// links name pages of the same site and commit to nothing. A link to
// another site is judged as any text is (a list of processors, each linked
// to its own policy, names recipients); so is a link whose words name a
// category's term or a force ("[Do Not Sell My Personal
// Information](/dns)", "[Subprocessors](/legal/subprocessors)", "[Cookie
// Policy](/cookies)"), an e-mail address, and a link that names a place:
// "[Utah](…/staterights#utah)" put in under "Additional information
// regarding other laws and individual rights" describes rights for Utah's
// residents (b56-42). A menu's heading may name a category ("Security",
// "AI / ML" over Ubuntu's product links): the heading is not read.
func (c *classifier) siteLinksOnly(ch redline.Change) bool {
	if ch.Old == ch.New || !strings.Contains(ch.Old, "](") && !strings.Contains(ch.New, "](") {
		return false
	}
	for _, side := range [2]struct {
		text string
		old  bool
	}{{ch.Old, true}, {ch.New, false}} {
		if strings.TrimSpace(side.text) == "" {
			continue
		}
		links, ok := linksOnly(side.text)
		if !ok {
			return false
		}
		for _, l := range links {
			if !c.siteLink(side.old, l[1]) {
				return false
			}
			if imprintRE.MatchString(l[0]) {
				continue // the site's legal notice, its imprint: a page of who runs the site
			}
			ft := c.ix.fold(l[0])
			if count, _ := c.ix.forces(ft); len(count) > 0 || len(c.ix.strongHits(ft)) > 0 {
				return false
			}
			if keys, _ := c.places(l[0]); len(keys) > 0 || slices.ContainsFunc(rawWords(l[0]), namedPlace) {
				return false
			}
		}
	}
	return true
}

// imprintRE is the words of a link to a site's legal notice, the page
// that says who runs the site ("Legal notices", "Imprint", "Mentions
// légales"): Qwant's footer gained one beside "Privacy policy" and "Terms
// of use" (ota-114 014), read "Purposes of use: new text" for its word
// "notices", which elsewhere names how changes are told.
var imprintRE = mustPattern(`(?i)^\s*(?:legal\s+notices?|legal\s+information|imprint|impressum|mentions\s+l[ée]gales)\s*$`)

// namedPlace reports a word written as a name that WordNet knows first as
// a place: "Utah", not "uk", the code of the Ukrainian of a menu of
// languages.
func namedPlace(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && placeWord(strings.ToLower(w))
}

// linksOnly returns the links of a text, each its words and target, and
// whether the text is only links: what is left without them is list and
// heading marks, rules and separators ("|", "·", "›"). Pictures are no
// words: a menu's entry may show two before its words, inside its link
// (Miro's, ota-49 039).
func linksOnly(s string) ([][2]string, bool) {
	if strings.Contains(s, "![") {
		s = pictureRE.ReplaceAllString(s, " ")
	}
	var links [][2]string
	if m := linkTailRE.FindStringSubmatch(s); m != nil {
		// The last paragraph of such an entry is its words and the
		// link's end: "Press play with Talktrack shortcuts](…/talktrack/)";
		// in a row of links laid out a paragraph a line, the next
		// link's start may follow: "0.43%](…/price/bitcoin "View price
		// details")[ETH" (CoinDesk's ticker, ota-54 049). Its words are
		// read with the link's.
		return [][2]string{{m[1] + " " + m[3], m[2]}}, true
	}
	rest := mdLinkRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLinkRE.FindStringSubmatch(m)
		links = append(links, [2]string{sub[1], sub[2]})
		return " "
	})
	if len(links) == 0 {
		return nil, false
	}
	for _, r := range rest {
		if r == '›' || r == '»' || r == '·' || r == '•' || r == '|' || r == '#' || r == '*' || r == '-' || r == '=' || r == '+' || r == '_' || r == '>' || r == '.' || r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' {
			continue
		}
		return nil, false
	}
	return links, true
}

// linkTailRE is a paragraph that ends a link opened paragraphs before,
// and may open the next (group 3, its first words).
var linkTailRE = mustPattern(`^\s*([^\[\]]+)\]\(\s*([^)\s]+)[^)]*\)\s*(?:\[([^\[\]]*))?$`)

// siteLink reports a link's target that is a page of the site the old (or
// new) text links to most: a path of this site, or an address of that
// domain or of one under it ("legal.thomsonreuters.com" is
// thomsonreuters.com's).
func (c *classifier) siteLink(old bool, target string) bool {
	if strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "//") {
		return true
	}
	host := linkHost(target)
	if host == "" || !strings.HasPrefix(strings.ToLower(target), "http") {
		return false // an e-mail address, a place of this page, a scheme of its own
	}
	return c.ask(askSiteDomain, old, host, yes(c.siteDomainText(old, host))) != ""
}

// siteDomainText reports that host is of the domain the old (or new)
// text's links point to most, three times or more and more often than to
// any other, and that the domain is the author's: half the text's links
// or more, ten or more, point there (a site's menus), its name holds the
// author's, or the text gives an e-mail address there. A policy that
// links most to Google's pages (its privacy policy, its opt-out, its
// terms) does not make "[Google Analytics](https://google.com/…)" a page
// of its own.
func (c *classifier) siteDomainText(old bool, host string) bool {
	side := c.side(old)
	site := side.siteDomain()
	if site == "" || registrable(strings.TrimSuffix(host, ".")) != site {
		return false
	}
	if side.siteLinks >= 10 && 2*side.siteLinks >= side.links {
		return true // a site's menus and footers, linked to page after page
	}
	b := strings.ToLower(strings.Join(strings.Fields(c.brandText(old)), ""))
	return len(b) >= 3 && strings.Contains(orgName(site), b) || strings.Contains(side.lowered(c.ix), "@"+site)
}

// siteDomain is the domain the text's links point to most (siteDomainText).
func (s *sideText) siteDomain() string {
	s.siteOnce.Do(func() {
		count := map[string]int{}
		for _, b := range s.blocks {
			if !strings.Contains(b.Text, "](http") {
				continue
			}
			for _, m := range mdLinkRE.FindAllStringSubmatch(b.Text, -1) {
				if h := linkHost(m[2]); h != "" {
					count[registrable(strings.TrimSuffix(h, "."))]++
				}
			}
		}
		best, n, tie := "", 0, false
		for d, k := range count {
			s.links += k
			switch {
			case k > n:
				best, n, tie = d, k, false
			case k == n:
				tie = true
			}
		}
		if n >= 3 && !tie {
			s.site, s.siteLinks = best, n
		}
	})
	return s.site
}
