package material

import (
	"slices"
	"strings"
)

// Where something is done, said by the noun of the act and "locations"
// ("Clients determine data storage locations"), is where it is done, said
// as a clause ("Clients decide where data is stored", b76-48): the same
// data, the same act, the same places, none of them named. The noun and
// the verb must be one word's family in WordNet ("storage", "store"), and
// the clause end there: "where data is processed" is another act, and
// "where data is stored in the US" names a place.
//
// Places left unnamed are the same places whatever noun counts them:
// "personnel located in different jurisdictions" → "… in different
// countries" names no destination either way, as long as the word that
// says which ones ("different", "other") stays. "in your country" →
// "in other countries" is compared as written.
var (
	actLocationsRE = mustPattern(`\b([a-z]+) ([a-z]+) locations\b`)
	whereDoneRE    = mustPattern(`\bwhere ([a-z]+) (?:is|are) ([a-z]+ed)\b([ ,;.]*)([a-z]*)`)
	unnamedPlaceRE = mustPattern(`(?i)\b(different|other|various|multiple|several|many) (jurisdictions|countries|territories|regions)\b`)
)

// placeOfActAsNoun returns s with "where N is V-ed" written "N <noun of
// V> locations", as other writes it and s does not.
func placeOfActAsNoun(s, other string) string {
	if !strings.Contains(other, " locations") || !strings.Contains(s, "where ") {
		return s
	}
	nouns := actLocationsRE.FindAllStringSubmatch(other, -1)
	if len(nouns) == 0 {
		return s
	}
	return whereDoneRE.ReplaceAllStringFunc(s, func(m string) string {
		g := whereDoneRE.FindStringSubmatch(m)
		if placeAfter[g[4]] {
			return m // "where data is stored in the US"
		}
		for _, n := range nouns {
			if n[1] != g[1] || strings.Contains(s, n[0]) || !actNounOf(n[2], g[2]) {
				continue
			}
			return n[0] + g[3] + g[4]
		}
		return m
	})
}

// actNounOf reports noun ("storage") as the noun WordNet derives from the
// verb whose participle is participle ("stored").
func actNounOf(noun, participle string) bool {
	wn := wordNet()
	for _, v := range wn.entries(participle) {
		if !strings.Contains(v.pos, "v") {
			continue
		}
		for _, e := range wn.entries(noun) {
			if e.pos[0] == 'n' && slices.Contains(e.family, v.lemma) {
				return true
			}
		}
	}
	return false
}

// unnamedPlacesAs returns s with each "different jurisdictions" (or
// countries, territories, regions, after a word that leaves them
// unnamed) written "different countries", where other counts them after
// the same word with another of the nouns: both sides are written alike.
func unnamedPlacesAs(s, other string) string {
	if !unnamedPlaceNoun(s) || !unnamedPlaceNoun(other) {
		return s // most texts name no places so: the expression is not run
	}
	theirs := unnamedPlaceRE.FindAllStringSubmatch(other, -1)
	if len(theirs) == 0 {
		return s
	}
	return unnamedPlaceRE.ReplaceAllStringFunc(s, func(m string) string {
		g := unnamedPlaceRE.FindStringSubmatch(m)
		for _, o := range theirs {
			if strings.EqualFold(o[1], g[1]) && !strings.EqualFold(o[2], g[2]) {
				return g[1] + " countries"
			}
		}
		return m
	})
}

// unnamedPlaceNoun reports text that may hold unnamedPlaceRE: one of its
// nouns, in any case.
func unnamedPlaceNoun(s string) bool {
	return containsFold(s, "jurisdictions") || containsFold(s, "countries") || containsFold(s, "territories") || containsFold(s, "regions")
}
