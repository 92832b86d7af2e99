package material

import (
	"strings"
)

// siteDomainRE is a website named by its domain, written in the text
// rather than in a link's target: "npmjs.org", "www.example.com". The
// first group is the label before the top-level domain, the second is
// " website" or " site" when the text goes on with the word.
var siteDomainRE = mustPattern(`(?i)\b(?:www\.)?([a-z][a-z0-9-]{2,})\.(?:com|org|net|io|co|app|dev)\b((?:\s+(?:web)?site)\b)?`)

// siteNameRE is a website named by its brand: "the npm website", "npm
// site". The first group is the brand, a single word.
var siteNameRE = mustPattern(`(?i)\b([a-z][a-z0-9-]{2,})\s+(?:web)?site\b`)

// domainAsSite returns s with each website named by its domain
// ("npmjs.org", "the npmjs.org website") written as other names it, by
// its brand and the word "website" ("the npm website"), where other does
// not write that domain and its brand begins the domain's label: one
// site, named by where it is or by whose it is. The articles around it are
// left to the fold. A brand the label does not begin ("npmjs.org" →
// "the GitHub website"), a plural ("npm websites") or a domain the other
// side still writes leave s as it is.
func domainAsSite(s, other string) string {
	if !mayNameDomain(s) || !containsFold(other, "site") {
		return s
	}
	brands := siteNameRE.FindAllStringSubmatch(other, -1)
	if len(brands) == 0 {
		return s
	}
	var rs []replacement
	for _, m := range siteDomainRE.FindAllStringSubmatchIndex(s, -1) {
		if m[0] > 0 && strings.IndexByte("/@.:-", s[m[0]-1]) >= 0 {
			continue // part of an address, a mailbox or a longer host
		}
		domain := strings.ToLower(s[m[0]:m[1]])
		if m[4] >= 0 {
			domain = strings.ToLower(s[m[0]:m[4]])
		}
		if containsFold(other, domain) {
			continue
		}
		label := strings.ToLower(s[m[2]:m[3]])
		for _, b := range brands {
			brand := strings.ToLower(b[1])
			if !siteOwnerWords[brand] && strings.HasPrefix(label, brand) {
				rs = append(rs, replacement{from: m[0], to: m[1], with: b[1] + " website"})
				break
			}
		}
	}
	return replaced(s, rs)
}

// siteOwnerWords are the words before "website" that say whose site it
// is without naming it: "our website", "their website", "this site".
var siteOwnerWords = map[string]bool{"our": true, "your": true, "their": true, "its": true, "the": true, "this": true, "that": true,
	"any": true, "each": true, "every": true, "other": true, "another": true, "same": true, "web": true, "own": true, "whose": true}

// siteNamedAnotherWay returns old and new with each website named by its
// domain written as the other names it (domainAsSite), and reports texts
// that then read the same but for their articles ("npmjs.org uses
// cookies" → "The npm website uses cookies").
func (c *classifier) siteNamedAnotherWay(old, new string) (o, n string, same bool) {
	o, n = domainAsSite(old, new), domainAsSite(new, old)
	if o == old && n == new {
		return old, new, false
	}
	return o, n, equalWords(withoutArticles(c.ix.fold(o)), withoutArticles(c.ix.fold(n)))
}

// withoutArticles returns ws without "the", "a" and "an".
func withoutArticles(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if w != "the" && w != "a" && w != "an" {
			out = append(out, w)
		}
	}
	return out
}

// mayNameDomain reports text that may write a domain siteDomainRE takes:
// one of its top-level domains after a dot. Most text has none, and the
// expressions are not run on it.
func mayNameDomain(s string) bool {
	for _, t := range []string{".co", ".org", ".net", ".io", ".app", ".dev", ".CO", ".ORG", ".NET"} {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}
