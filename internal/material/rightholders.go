package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Who holds a right is a term of that right: "Residents of certain
// jurisdictions (e.g., Colorado, Virginia) have the right to opt out of
// the sale …" → "(e.g., California, Colorado, Connecticut, …)" (b53-34,
// b53-30) tells more readers they have it, whatever the right is
// exercised on (a sale is no sharing here: nothing is sold that was not).
// A right against profiling or decisions by automated means is the AI
// category's (GDPR Art. 22, Art. 13(2)(f)): "(e.g., California, Colorado,
// Virginia) … may have a right to opt out of … automated processing"
// with more states (b53-35).
//
// rightHolders returns "rights", or "ai" for such a right, for a material
// verdict of another category whose changed sentences differ only in
// places (placesOnly), said of the people who live there (holderWords
// within holderReach words before the change) and followed within
// holderReach words by a right ("right", "rights"). Places where data is
// kept or sent ("servers in Oregon and Virginia") name no holder.
func (c *classifier) rightHolders(v Verdict, ch redline.Change) string {
	if !v.Material || c.rb.categoryIndex("rights") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" || !containsFold(sn, "right") {
		return ""
	}
	fo, fn := c.ix.fold(so), c.ix.fold(sn)
	p, oe, ne := changedSpan(fo, fn)
	if !placesOnly(fo[p:oe], fn[p:ne]) {
		return ""
	}
	k := ""
	for _, side := range []struct {
		ws  []string
		end int
	}{{fo, oe}, {fn, ne}} {
		holder := false
		for i := p - 1; i >= max(p-holderReach, 0); i-- {
			holder = holder || holderWords[side.ws[i]]
		}
		at := -1
		for i := side.end; i < min(side.end+holderReach, len(side.ws)); i++ {
			if seeWords[side.ws[i]] {
				break // "– please see “State Privacy Rights”": whom a section is for (residentsPointed)
			}
			if side.ws[i] == "right" || side.ws[i] == "rights" {
				at = i
				break
			}
		}
		if !holder || at < 0 {
			return ""
		}
		k = "rights"
		for _, w := range side.ws[at:] {
			if (strings.HasPrefix(w, "automat") || strings.HasPrefix(w, "profil")) && c.rb.categoryIndex("ai") >= 0 {
				k = "ai"
			}
		}
	}
	if k == v.Category {
		return ""
	}
	return k
}

// holderReach is how many words apart the people, the places and the
// right may stand: "Residents of certain jurisdictions (e.g., …)", "…) -
// subject to certain exceptions - may have a right".
const holderReach = 12

// holderWords are folded words for the people of a place: who a right is
// given to.
var holderWords = map[string]bool{"residents": true, "resident": true, "jurisdictions": true, "jurisdiction": true,
	"consumers": true, "consumer": true, "individuals": true, "live": true, "reside": true, "located": true}

// seeWords send the reader to another part of the text.
var seeWords = map[string]bool{"see": true, "refer": true, "visit": true, "section": true, "read": true}
