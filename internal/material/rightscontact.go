package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Whom the reader contacts to use a right is how the right is exercised:
// "Please contact us to exercise these rights" → "Please contact our
// service providers to exercise these rights", "You can withdraw consent
// … or by contacting us" → "… or by contacting our email service
// provider", "Contact us to exercise these rights" → "Contact our AI
// providers to exercise these rights" (rt2's probes of the seeds, filed
// under recipients, identity or AI by the words of the new addressee).
// The request goes elsewhere; no data is shared by the sentence (the
// rubric: "rights and how to exercise them", GDPR Art. 12(2), 13(2)(b)).
// rightsAddressee reads a company named as the address written to; this
// reads the one contacted, "us" traded for another.
//
// rightsContact returns "rights" for a material verdict of another
// category whose change, a few words, stands right after a verb of
// contacting ("contact", "contacting", "write to"), "us" opening it on one
// side ("contact us using the details below" → "contact our service
// providers directly"), in
// changed sentences that, on each side, speak of using a right or making
// a request (rightsUseRE) or give the reader a power (userPermission),
// and share nothing (sharingStems).
func (c *classifier) rightsContact(v Verdict, ch redline.Change) string {
	if !v.Material || v.Category == "rights" || v.Category == "children" || ch.Kind != redline.Replace || c.rb.categoryIndex("rights") < 0 {
		return ""
	}
	if !containsFold(ch.Old, "contact") && !containsFold(ch.Old, "write") {
		return "" // the cheap test
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" || containsAnyFold(so+" "+sn, sharingStems) {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if p == 0 || os-p > rightsContactSpan || ns-p > rightsContactSpan {
		return ""
	}
	at := p - 1
	if ow[at] == "to" && at > 0 {
		at-- // "write to us"
	}
	if v := ow[at]; !contactVerbs[v] && v != "contacting" && v != "writing" {
		return ""
	}
	if !(os > p && ow[p] == "us") && !(ns > p && nw[p] == "us") {
		return ""
	}
	for _, side := range [2][]string{ow, nw} {
		s := strings.Join(side, " ")
		if !rightsUseRE.MatchString(s) && !c.userPermission(c.ix.fold(s), false) {
			return ""
		}
	}
	return "rights"
}

// rightsContactSpan is the most words a side of the change may have.
const rightsContactSpan = 12
