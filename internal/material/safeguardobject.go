package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What a safeguard keeps others from reaching is a term of that safeguard:
// "restricted access to sensitive information" → "… to payment
// information" (b36-41) narrows the data the restriction covers, "to
// prevent unauthorized access to systems" → "… to production systems"
// (b37-26) the systems, "a need to know policy, for access to any data
// or systems" → "… to sensitive data" (b42-35) the data, and "MFA for
// all internal staff accounts" → "… accounts with access to production
// systems" (b37-34) the accounts it is enforced on. Each is a security
// commitment (GDPR Art. 32), though its words name data and "access" is
// also the reader's right (Art. 15).
//
// safeguardObject returns "security" for a material verdict of another
// category (the sentence's data, its "access", the "use" of a measure)
// whose change, of a few words on each side, is what "access to"
// reaches (the words right after it, or "with access to …" put), in a
// sentence that states a safeguard: a word of security outside the
// change, "unauthorized" or "restricted" access, or a heading of
// security. The words changed may name data and "access" only: "You can
// request access to your profile" → "… to your profile and payment
// history" is the reader's right, under "Your rights"; "we give our
// service providers access to your name" → "… and email" names a
// recipient's data, with no safeguard stated.
func (c *classifier) safeguardObject(v Verdict, ch redline.Change) string {
	if v.Category == "security" || v.Category == "children" || ch.Kind != redline.Replace ||
		namesOwnFact(v.Rule) || c.rb.categoryIndex("security") < 0 {
		return ""
	}
	if v.Category == "data" && c.dataExampled(ch) {
		return "" // an example of the data it reaches names data held (securitytitle.go)
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !containsAnyFold(so+" "+sn, []string{"access"}) {
		return "" // the cheap test
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > safeguardSpan || ns-p > safeguardSpan || os == p && ns == p {
		return ""
	}
	// "with access to production systems" put: the one side reaches it.
	if ao, an := accessObject(ow, p, os), accessObject(nw, p, ns); !(ao || os == p) || !(an || ns == p) || !ao && !an {
		return ""
	}
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	data, rights := c.rb.categoryIndex("data"), c.rb.categoryIndex("rights")
	for _, h := range c.ix.strongHits(c.ix.fold(strings.Join(changed, " "))) {
		if int(h.k) != data && !(int(h.k) == rights && strings.Join(c.ix.terms[h.k][h.i], " ") == "access") {
			return "" // another fact: a purpose, a party, a place
		}
	}
	security := c.rb.categoryIndex("security")
	stated := func(ws []string, end int) bool {
		frame := append(slices.Clone(ws[:p]), ws[end:]...)
		if slices.ContainsFunc(c.ix.strongHits(c.ix.fold(strings.Join(frame, " "))), func(h termHit) bool { return int(h.k) == security }) {
			return true
		}
		for i, w := range frame {
			if w == "access" && i > 0 && safeguardAccess[frame[i-1]] {
				return true
			}
		}
		return false
	}
	if !stated(ow, os) && !stated(nw, ns) && c.headingCategory(c.headingWords(ch.Section)) != "security" {
		return ""
	}
	return "security"
}

// accessObject reports the change at ws[p:end] as what "access to"
// reaches: at most safeguardReach words after it, or "access to" among
// the words put.
func accessObject(ws []string, p, end int) bool {
	for a := max(0, p-safeguardReach-2); a+1 < len(ws) && a < end; a++ {
		if ws[a] == "access" && ws[a+1] == "to" && (a+2 >= p-safeguardReach || a >= p) {
			return true
		}
	}
	return false
}

// safeguardAccess are the words that make "access" a thing kept out:
// "unauthorized access", "restricted access".
var safeguardAccess = map[string]bool{"unauthorized": true, "unauthorised": true, "restricted": true, "limited": true,
	"unlawful": true, "illegitimate": true}

// safeguardSpan is the most words a side of the change may have;
// safeguardReach the most words between "access to" and the change.
const (
	safeguardSpan  = 6
	safeguardReach = 2
)
