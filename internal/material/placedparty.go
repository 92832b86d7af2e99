package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A country written after a party the old text already places there is
// no new destination: "our production servers at Hetzner Cloud in
// Germany" (b74-21), where the policy lists "Hetzner Cloud (Germany)" as
// its host. Where the party is, the policy has said; the edit repeats
// it. The same party in another country, or a country after a party the
// policy never placed there, is a destination still.

// placedParty reports a country e that text writes right after a party
// ("Hetzner Cloud in Germany", "Hetzner Cloud (Germany)", "Hetzner Cloud,
// Germany"), where the old text writes that party in that country, in
// either of the first two ways, or gives it an address that ends in
// that country ("Omnis Software France, 47 Boulevard de Charonne, 75011
// Paris, France", b74-11). A party written so in the old block too is
// not the one the country was added beside. It returns the party and the country as
// the old text writes them.
func (c *classifier) placedParty(text, old, e string) (placed string, ok bool) {
	if !c.ix.countries[e] {
		return "", false
	}
	ok = anyAt(text, e, func(i int) bool {
		before := text[:i]
		for _, joint := range []string{" in ", " (", ", "} {
			b, ok := strings.CutSuffix(before, joint)
			if !ok {
				continue
			}
			p := nameEnding(b)
			if p == "" || c.ix.countries[p] || strings.Contains(old, p+joint+e) {
				return false // the same words the old block had: not what was added
			}
			for _, form := range []string{p + " (" + e + ")", p + " in " + e} {
				if c.inDoc(true, form) {
					placed = form
					return true
				}
			}
			if c.placedIn(true, p, e) {
				placed = p + " " + e
				return true
			}
			return false
		}
		return false
	})
	return placed, ok
}

// placedIn asks whether the old (or new) text gives party an address
// ending in country (placedInText), traced.
func (c *classifier) placedIn(old bool, party, country string) bool {
	return c.ask(askPlacedIn, old, party+"\x00"+country, yes(c.placedInText(old, party, country))) != ""
}

// placedInText reports a block of the old (or new) text that names party
// and, after it, ends with its address's country: "Omnis Software
// France, 47 Boulevard de Charonne, 75011 Paris, France".
func (c *classifier) placedInText(old bool, party, country string) bool {
	doc := c.side(old).lowered(c.ix)
	p, k := strings.ToLower(party), strings.ToLower(country)
	for from := 0; ; {
		i := strings.Index(doc[from:], p)
		if i < 0 {
			return false
		}
		i += from
		end := strings.IndexByte(doc[i:], '\n')
		if end < 0 {
			end = len(doc) - i
		}
		block := strings.TrimRight(doc[i+len(p):i+end], " .;")
		if strings.HasSuffix(block, ", "+k) && strings.Count(block, ", ") >= 2 {
			return true
		}
		from = i + 1
	}
}

// placedCountries takes from the names sig finds added the countries the
// new block of ch writes after a party the old text places there
// (placedParty), whose words then explain themselves. The block is read
// whole: the changed words alone ("(United Kingdom) and …") do not say
// whose country it is.
func (c *classifier) placedCountries(sig *signals, ch redline.Change) {
	if !slices.ContainsFunc(sig.entitiesAdded, func(e string) bool { return c.ix.countries[e] }) {
		return
	}
	text := ch.New
	sig.entitiesAdded = slices.DeleteFunc(sig.entitiesAdded, func(e string) bool {
		placed, ok := c.placedParty(text, ch.Old, e)
		if ok {
			c.renamedWords = addWords(c.renamedWords, c.ix.fold(placed))
		}
		return ok
	})
	// A country the block names already, put after a party placed there
	// too ("Omnis Software France (France)"), explains itself the same way.
	for _, e := range c.entities(text) {
		if c.ix.countries[e] && !slices.Contains(sig.entitiesAdded, e) {
			if placed, ok := c.placedParty(text, ch.Old, e); ok {
				c.renamedWords = addWords(c.renamedWords, c.ix.fold(placed))
			}
		}
	}
	sig.setKind()
}
