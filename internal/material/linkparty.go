package material

import (
	"net/url"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A link's words can name a party and leave who it is to the address:
// "contact our [third-party dispute resolution provider](https://…truste.com/…)".
// Pointed at another organisation's site, the same words name another
// party ("…bbbprograms.org/…"), though a reader sees the same sentence.
// A document moved within one site, or a name whose own site moved,
// names the same party.

// personOrGroup are WordNet's lexical files of nouns for a person
// (noun.person, 18) and a group of people or an organisation (noun.group,
// 14).
var personOrGroup = map[int8]bool{14: true, 18: true}

// institutions are the nouns for a public body whose first sense in
// WordNet is another ("authority" is first a power).
var institutions = map[string]bool{"authority": true, "authorities": true, "body": true, "bodies": true, "regulator": true, "regulators": true, "ombudsman": true}

// linkPartyMoved returns, for two texts whose words read the same, the
// first link whose words name a party by a common noun ("provider",
// "partners", "the supervisory authority") and whose address moved to
// another organisation's site, with the two sites.
func linkPartyMoved(old, new string) (text, from, to string, ok bool) {
	if !strings.Contains(old, "](") || !strings.Contains(new, "](") {
		return "", "", "", false
	}
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) != len(ln) {
		return "", "", "", false
	}
	wn := wordNet()
	for i := range lo {
		if lo[i][1] != ln[i][1] || lo[i][2] == ln[i][2] {
			continue
		}
		ho, hn := siteOf(lo[i][2]), siteOf(ln[i][2])
		if ho == "" || hn == "" || ho == hn {
			continue
		}
		if orgName(ho) == orgName(hn) {
			continue // "happn.com" → "happn.fr": one organisation's sites
		}
		// The head of an English noun phrase is its last word before any
		// preposition: "list of our partners" is a list. A determiner
		// after the first word makes the words an act ("contact our
		// support team", "manage your data"), which a link lets the
		// reader do wherever it points.
		ws := strings.Fields(strings.ToLower(lo[i][1]))
		for j, w := range ws {
			if prepositions[w] {
				ws = ws[:j]
				break
			}
		}
		if len(ws) == 0 || slices.ContainsFunc(ws[1:], func(w string) bool { return determiners[w] }) {
			continue
		}
		raw := strings.Fields(lo[i][1])
		head := strings.Trim(ws[len(ws)-1], ".,;:!?()\"'’")
		// A name ("Mixpanel", "the ICO") is the party itself, whatever its
		// address.
		if innerCapital(strings.Trim(raw[len(ws)-1], ".,;:!?()\"'’")) || massNouns[head] {
			continue
		}
		if e := wn.entries(head); institutions[head] || len(e) > 0 && e[0].pos[0] == 'n' && personOrGroup[e[0].lexfile] {
			return strings.TrimSpace(lo[i][1]), ho, hn, true
		}
	}
	return "", "", "", false
}

// prepositions end the head of a noun phrase.
var prepositions = map[string]bool{"of": true, "for": true, "to": true, "in": true, "on": true, "at": true, "with": true, "from": true, "by": true, "about": true, "under": true}

// massNouns name what is processed, though WordNet files them as a group
// ("data": a collection of facts).
var massNouns = map[string]bool{"data": true, "information": true, "content": true}

// orgName is the name part of a site: "happn" of "happn.com".
func orgName(site string) string {
	name, _, _ := strings.Cut(site, ".")
	return name
}

// innerCapital reports a word written as a name by a capital after its
// first letter ("TrustArc", "ICO"). A capital first letter alone says
// nothing in a link's words, which are often in title case ("Third-Party
// Provider").
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// siteOf returns the organisation's part of a link's host (registrable);
// "" for a link within the page or without a host.
func siteOf(link string) string {
	u, err := url.Parse(strings.Trim(link, "<>")) // "[text](<https://…>)"
	if err != nil || u.Host == "" {
		return ""
	}
	return registrable(strings.ToLower(strings.TrimSuffix(u.Hostname(), ".")))
}

// registrable returns the part of a lower-case host an organisation
// registers: its last two labels, or three under a country's second level
// ("ico.org.uk", "example.co.jp").
func registrable(host string) string {
	labels := strings.Split(host, ".")
	n := 2
	if k := len(labels); k >= 3 && len(labels[k-1]) == 2 && secondLevel[labels[k-2]] {
		n = 3
	}
	if len(labels) < n {
		return host
	}
	return strings.Join(labels[len(labels)-n:], ".")
}

// secondLevel are the second-level labels countries register names
// under: "co.uk", "com.au", "org.uk", "gov.uk", "ac.jp".
var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "gov": true, "ac": true, "edu": true, "or": true, "ne": true, "go": true}

// linkParty judges a change whose words read the same and whose link
// naming a party now points to another organisation: for a reviewer to
// confirm whether the party changed.
func (c *classifier) linkParty(ch redline.Change, so, sn string) (Verdict, bool) {
	text, from, to, ok := linkPartyMoved(so, sn)
	if !ok {
		if text, from, to, ok = linkSiteMoved(so, sn); ok && c.ownSite(from) && !c.ownSite(to) && !c.inDoc(true, orgName(to)) && !samePrefix(orgName(from), orgName(to), 5) {
			// "you may do so in your [user account](https://zentrova.com/…)"
			// → "(https://forms.vendor.com/…)": the reader now uses the
			// right on the site of an organisation the old policy never
			// named, where it was the author's own (its name spells the
			// author's). A link from one outside site to another, or to
			// the author's, is a page moved.
			if c.rightsLink(sn, text) {
				v := c.material(ch, "rights.contact", &signals{}, nil, nil, "")
				v.Rule, v.Certain = "fallback", false
				v.Reason = "To confirm: the link " + quote(text) + ", where the reader uses a right, now points to another organisation's site (" + from + " → " + to + ")"
				return v, true
			}
			// Any other page of the author's ("change this in the
			// [Privacy tab](…)", "our [Cookie Notice](…)") now on the
			// site of an organisation the policy does not name sends the
			// reader, and what they do or read there, to that party;
			// unless the author's name is the new host's own label or
			// the page kept its path: the author's space on a platform
			// ("en.help.roblox.com/hc/article_attachments/388…" →
			// "roblox.zendesk.com/hc/article_attachments/388…", OTA
			// Roblox v11).
			if c.ownSpace(so, sn, text) {
				return c.mailboxToSiteVerdict(ch, so, sn)
			}
			cat, _, _ := c.categorize(nil, c.ix.fold(sn), c.headingWords(ch.Section))
			v := c.material(ch, cat+".entity", &signals{}, nil, nil, "")
			v.Rule, v.Certain = "fallback", false
			v.Reason = "To confirm: the link " + quote(text) + " now points to another organisation's site (" + from + " → " + to + "), where it pointed to the author's own"
			return v, true
		}
		return c.mailboxToSiteVerdict(ch, so, sn) // channellink.go
	}
	if c.ownSite(to) && !c.ownSite(from) {
		// "[Controllers and Responsible Companies](https://automattic.wordpress.com/privacy/#…)"
		// → "(https://automattic.com/privacy/#…)" (automattic-020): the
		// page is now on the author's own site, whose name spells the
		// author's; the author names itself, no other party.
		return c.mailboxToSiteVerdict(ch, so, sn)
	}
	cat, _, _ := c.categorize(nil, c.ix.fold(sn), c.headingWords(ch.Section))
	v := c.material(ch, cat+".entity", &signals{}, nil, nil, "")
	v.Rule, v.Certain = "fallback", false
	v.Reason = "To confirm: the link " + quote(text) + " now points to another organisation's site (" + from + " → " + to + "); the party it names may have changed"
	return v, true
}

// linkSiteMoved returns, for two texts whose words read the same, the
// first link with the same words whose address moved to another
// organisation's site, or to another mailbox's domain, with the two
// sites: "[user account](https://readthedocs.org/accounts/delete/)" →
// "(https://privacy.onetrust.com/…)". A page moved within one
// organisation's sites ("readthedocs.org" → "app.readthedocs.org",
// "happn.com" → "happn.fr") is not.
func linkSiteMoved(old, new string) (text, from, to string, ok bool) {
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) != len(ln) {
		return "", "", "", false
	}
	for i := range lo {
		if lo[i][1] != ln[i][1] || lo[i][2] == ln[i][2] {
			continue
		}
		ho, hn := linkSite(lo[i][2]), linkSite(ln[i][2])
		if ho != "" && hn != "" && ho != hn && orgName(ho) != orgName(hn) {
			return strings.TrimSpace(lo[i][1]), ho, hn, true
		}
	}
	return "", "", "", false
}

// linkSite is siteOf a link's target, or of the domain of a "mailto:"
// address.
func linkSite(link string) string {
	if isMailto(link) {
		_, domain, ok := strings.Cut(link[7:], "@")
		if !ok {
			return ""
		}
		domain, _, _ = strings.Cut(domain, "?")
		return siteOf("https://" + domain)
	}
	return siteOf(link)
}

// rightsLink reports a link, by its words, in a sentence of text that
// gives the reader a power over their data, tells them how to use a right
// or reach the company, or names a right: "you may do so in your [user
// account](…)", "To exercise your rights, fill in [this form](…)".
func (c *classifier) rightsLink(text, label string) bool {
	for _, s := range sentences(text) {
		if !strings.Contains(s, "["+label) {
			continue
		}
		f := c.ix.fold(s)
		if c.userPower(f) || readerContact(f) || c.rightsInstruction(s) {
			return true
		}
		r := c.rb.categoryIndex("rights")
		if slices.ContainsFunc(c.ix.strongHits(f), func(h termHit) bool { return int(h.k) == r }) {
			return true // "To exercise your rights, fill in [this form](…)"
		}
	}
	return false
}

// ownSpace reports the link titled text whose new host carries the
// author's name as one of its labels ("roblox.zendesk.com"), or whose
// path of two parts or more is the old one's (a page's own path, not a
// word such as "/settings" any site has).
func (c *classifier) ownSpace(old, new, text string) bool {
	b := strings.ToLower(strings.Join(strings.Fields(c.brand(false)), ""))
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	for i := range min(len(lo), len(ln)) {
		if strings.TrimSpace(ln[i][1]) != text || lo[i][2] == ln[i][2] {
			continue
		}
		path := func(u string) string {
			_, rest, _ := strings.Cut(u, "://")
			_, p, _ := strings.Cut(rest, "/")
			return p
		}
		if len(b) >= 3 && slices.Contains(strings.Split(linkHost(ln[i][2]), "."), b) || strings.Contains(strings.Trim(path(lo[i][2]), "/"), "/") && path(lo[i][2]) == path(ln[i][2]) {
			return true
		}
	}
	return false
}

// ownSite reports a site whose name spells the author's: "readthedocs.org"
// for Read the Docs, "reddithelp.com" for Reddit.
func (c *classifier) ownSite(site string) bool {
	b := strings.ToLower(strings.Join(strings.Fields(c.brand(false)), ""))
	return len(b) >= 3 && strings.Contains(orgName(site), b)
}

// samePrefix reports two names that start with the same n letters or more:
// "redditinc" and "reddithelp".
func samePrefix(a, b string, n int) bool {
	return len(a) >= n && len(b) >= n && a[:n] == b[:n]
}
