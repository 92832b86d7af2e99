package material

import "strings"

// A country written after a party the old text already places there is
// no new destination: "our production servers at Hetzner Cloud in
// Germany" (b74-21), where the policy lists "Hetzner Cloud (Germany)" as
// its host. Where the party is, the policy has said; the edit repeats
// it. The same party in another country, or a country after a party the
// policy never placed there, is a destination still.

// placedParty reports a country e that text writes right after a party
// ("Hetzner Cloud in Germany", "Hetzner Cloud (Germany)", "Hetzner Cloud,
// Germany"), where the old text writes that party in that country, in
// either of the first two ways. It returns the party and the country as
// the old text writes them.
func (c *classifier) placedParty(text, e string) (placed string, ok bool) {
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
			if p == "" || c.ix.countries[p] {
				return false
			}
			for _, form := range []string{p + " (" + e + ")", p + " in " + e} {
				if c.inDoc(true, form) {
					placed = form
					return true
				}
			}
			return false
		}
		return false
	})
	return placed, ok
}
