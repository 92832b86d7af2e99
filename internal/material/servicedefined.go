package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What the policy calls "the Service" is what it covers: a change of the
// words a parenthesised definition gives that name ("our Omni Lead
// Management Software (the "Service")" → "… Software web application (the
// "Service")", b29-27; "… Software or any of our related websites and
// apps (the "Service")", b35-37) widens or narrows the products, sites and
// apps the policy's promises are made for, its scope, whatever the
// sentence around says of data collected and used.
//
// serviceDefined returns "scope" for a material verdict of another
// category whose change, of a few words on each side, ends right before
// such a definition on both sides ("(the "Service")", "(collectively, the
// “Sites”)", "(the "App")"), its words naming nothing but products, sites
// and apps: a party, a purpose or a kind of data put in the definition is
// a fact of its own, and so are a name and a number.
func (c *classifier) serviceDefined(v Verdict, ch redline.Change) string {
	if v.Category == "scope" || ch.Kind != redline.Replace || namesOwnFact(v.Rule) || c.rb.categoryIndex("scope") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !definitionOpened(so) || !definitionOpened(sn) || !definedServiceRE.MatchString(so) || !definedServiceRE.MatchString(sn) {
		return "" // the cheap test first: no parenthesis, no definition
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > serviceSpan || ns-p > serviceSpan || os == p && ns == p {
		return ""
	}
	if !definesService(ow, os) || !definesService(nw, ns) {
		return ""
	}
	scope := c.rb.categoryIndex("scope")
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	if slices.ContainsFunc(c.ix.strongHits(c.ix.fold(strings.Join(changed, " "))), func(h termHit) bool { return int(h.k) != scope }) {
		return ""
	}
	return "scope"
}

// definesService reports the words from end on as a definition of the
// service, as plainWords leaves it ("the service"), at most two words on.
func definesService(ws []string, end int) bool {
	for d := end; d < len(ws)-1 && d-end <= 2; d++ {
		if (ws[d] == "the" || ws[d] == "our") && serviceNouns[ws[d+1]] {
			return true
		}
	}
	return false
}

// definedServiceRE is a parenthesised definition of what the policy
// calls its service: "(the "Service")", "(collectively, the “Sites”)".
var definedServiceRE = mustPattern(`(?i)\((?:collectively,?\s+)?(?:the|our)\s+["“”'‘’]{1,2}(?:services?|sites?|websites?|platforms?|apps?|applications?|products?)["“”'‘’]{1,2}\)`)

// serviceNouns are the words such a definition defines.
var serviceNouns = map[string]bool{"service": true, "services": true, "site": true, "sites": true, "website": true,
	"websites": true, "platform": true, "platforms": true, "app": true, "apps": true, "application": true,
	"applications": true, "product": true, "products": true}

// serviceSpan is the most words a side of the change may have.
const serviceSpan = 10

// definitionOpened is definedServiceRE's cheap test: a parenthesis opened
// on "the", "our" or "collectively".
func definitionOpened(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		rest := s[i+1:]
		if len(rest) >= 4 && (strings.EqualFold(rest[:4], "the ") || strings.EqualFold(rest[:4], "our ")) ||
			len(rest) >= 12 && strings.EqualFold(rest[:12], "collectively") {
			return true
		}
		j := strings.IndexByte(rest, '(')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
