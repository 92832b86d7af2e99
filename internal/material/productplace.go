package material

import (
	"slices"
	"strings"
	"unicode"
)

// The reader's account, dashboard or settings, and the support the author
// gives, called by the product's own word for them, are the same place
// and the same service: "update your account" → "update your booking
// account" (b278-39), "in your dashboard" → "in your trader dashboard"
// (b310-27), "through your settings" → "through your profile settings"
// (b389-38), "Providing support" → "Providing customer support" (b69-44).
// A policy has one account for its reader and one support desk; a word
// put before their name says which product it is, not which data, nor
// whose. Put before anything else it may narrow what a commitment covers
// ("any data" → "any customer data", b178-19; "clients" →
// "enterprise-plan clients", b154-49), and another's account is not the
// reader's ("your account" → "your school's account", b267-37): those
// the other rules read, and so a plan's name ("your Business account"),
// a name or a figure, and a denial, which a word put in may narrow ("we
// do not record calls to customer support"). Support named by whom it
// serves or what it is for narrows no duty: "Providing support" →
// "Providing customer support" is labelled minor wherever it is written
// (b69-44, b358-44, b374-44; "payroll support", "trader support", "guest
// support", b305-33, b310-41, b278-41), whether or not the policy says
// elsewhere what it provides (offeringnamed.go reads that for other
// nouns).

// placeHeads are the names of the reader's places in a product and of
// the author's support.
var placeHeads = map[string]bool{"account": true, "dashboard": true, "settings": true, "support": true,
	"newsletter": true, "newsletters": true, "portal": true, "login": true}

// planWords name a plan, a tier or a kind of customer a commitment may
// be limited to.
var planWords = map[string]bool{"enterprise": true, "business": true, "premium": true, "paid": true, "free": true,
	"pro": true, "plus": true, "team": true, "teams": true, "plan": true, "tier": true, "trial": true, "basic": true,
	"standard": true, "professional": true, "corporate": true, "individual": true, "personal": true, "legacy": true,
	"old": true, "new": true, "former": true, "active": true, "inactive": true, "closed": true, "primary": true, "other": true}

// placeNamed returns the words put in, one or two, right before a name of
// placeHeads, or put there in place of one or two others ("your account
// dashboard" → "your workspace dashboard"), where the change does only
// that and left, the words the rules could not explain, are among them.
func (c *classifier) placeNamed(left []string, ctxOld, ctxNew string) (string, bool) {
	ow, nw := plainWords(ctxOld), plainWords(ctxNew)
	p, os, ns := changedSpan(ow, nw)
	if os-p > 2 || ns-p < 1 || ns-p > 2 || ns >= len(nw) || !placeHeads[nw[ns]] {
		return "", false
	}
	put, was := nw[p:ns], ow[p:os]
	for _, side := range [2]struct {
		ws   []string
		text string
	}{{put, ctxNew}, {was, ctxOld}} {
		for _, w := range side.ws {
			if planWords[w] || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
				return "", false
			}
			// The word as written: not a name ("your Omni account")
			// nor another's ("your school's account").
			if i := strings.Index(strings.ToLower(side.text), w); i < 0 || unicode.IsUpper(rune(side.text[i])) || possessiveAt(side.text[i+len(w):]) {
				return "", false
			}
		}
	}
	if slices.ContainsFunc(c.ix.fold(ctxOld+" "+ctxNew), func(w string) bool {
		return c.ix.negation[w] && w != "only" && w != "unless" && w != "except"
	}) {
		// "we do not record calls to customer support": a denial
		// narrowed; "only to perform trader support services", a limit
		// narrowed, restricts.
		return "", false
	}
	said := c.ix.fold(strings.Join(append(slices.Clone(put), was...), " "))
	for _, w := range left {
		if !slices.Contains(said, w) {
			return "", false
		}
	}
	return strings.Join(put, " "), true
}

// possessiveAt reports text that opens with a possessive: "'s", or the
// apostrophe of a plural's ("customers' account").
func possessiveAt(s string) bool {
	return strings.HasPrefix(s, "'") || strings.HasPrefix(s, "’")
}
