package material

import (
	"strings"
	"unicode"
)

// dottedInitials is a place written with full stops between its
// initials: "U.S.", "U.K.", "U.S.A.".
var dottedInitials = mustPattern(`\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?`)

// places returns the places a text names, each under one key however it
// is written ("EU" and "European Union", "U.S.", "US" and "United States"
// are one place each), and the folded words of every mention.
func (c *classifier) places(s string) (keys map[string]bool, words map[string]bool) {
	keys, words = map[string]bool{}, map[string]bool{}
	if strings.IndexFunc(s, unicode.IsUpper) < 0 {
		return keys, words
	}
	for _, m := range dottedInitials.FindAllString(s, -1) {
		for _, w := range c.ix.fold(m) {
			words[w] = true
		}
	}
	s = dottedInitials.ReplaceAllString(s, "$1$2$3")
	for name := range c.ix.countries {
		for range wordPlaces(s, name) { // not "US" in "USB"
			keys[placeKey(name)] = true
			for _, w := range c.ix.fold(name) {
				words[w] = true
			}
		}
	}
	return keys, words
}

// placeKey is a place's initials when its name is of several words
// ("European Union" → "EU"), and "US" for "USA": the key both ways of
// writing it share.
func placeKey(name string) string {
	if name == "USA" {
		return "US"
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return name
	}
	var b strings.Builder
	for _, w := range f {
		b.WriteByte(w[0])
	}
	return b.String()
}

// samePlaces returns a test for a word that only writes a place both
// sentences name: the same places, each named on both sides, however
// often and in what words ("the EU-U.S. Data Privacy Framework … to the
// U.S." → "the Data Privacy Framework … to the U.S.": a qualifier of
// places dropped from a name, where the sentence still says the places).
// Where the places differ, no word is explained.
func (c *classifier) samePlaces(old, new string) func(string) bool {
	ko, wo := c.places(old)
	kn, wn := c.places(new)
	if len(ko) == 0 || len(ko) != len(kn) {
		return func(string) bool { return false }
	}
	for k := range ko {
		if !kn[k] {
			return func(string) bool { return false }
		}
	}
	return func(w string) bool { return wo[w] || wn[w] }
}
