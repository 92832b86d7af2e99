package material

import (
	"slices"
	"strings"
)

// A name WordNet files first as a place (its noun.location: "Costa Rica",
// "Latin America", "Bosnia and Herzegovina", "Texas") is where something
// is, not a party: data stored "in Costa Rica" has gone to a country, not
// to a company called so. So is a name made of places joined by a hyphen
// or a space ("Asia-Pacific", "Asia Pacific": continents and oceans are
// WordNet's natural objects), and one of the regions business writes by
// initials (regionInitials). The rulebook's countries stay the first
// test; a name it knows as a processor is never a place.

// regionInitials are the regions of the world companies write by their
// initials: Asia-Pacific, Europe with the Middle East and Africa, Latin
// America, the Middle East and North Africa, the German-speaking
// countries, Australia and New Zealand. A closed set, as the countries.
var regionInitials = map[string]bool{"APAC": true, "APJ": true, "EMEA": true, "LATAM": true, "LATAM.": true, "MENA": true,
	"DACH": true, "ANZ": true, "AMER": true, "AMERICAS": true, "NORAM": true}

// lemmaSpaces writes a name as WordNet writes its lemmas: "costa_rica".
var lemmaSpaces = strings.NewReplacer(" ", "_", "-", "_")

// worldPlace reports a name that is a place of the world, though the
// rulebook's countries do not list it.
func (c *classifier) worldPlace(e string) bool {
	if regionInitials[e] {
		return true
	}
	if slices.Contains(c.rb.Significant.Processors, e) || !strings.ContainsAny(e, " -") && len(e) < 4 {
		return false
	}
	key := strings.ToLower(lemmaSpaces.Replace(e))
	if placeWord(key) {
		return true
	}
	parts := strings.FieldsFunc(e, func(r rune) bool { return r == ' ' || r == '-' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if c.ix.countries[p] {
			continue
		}
		es := wordNet().entries(strings.ToLower(p))
		if len(es) == 0 || es[0].pos[0] != 'n' || es[0].lexfile != 15 && es[0].lexfile != 17 || p[0] < 'A' || p[0] > 'Z' {
			return false
		}
	}
	return true
}
