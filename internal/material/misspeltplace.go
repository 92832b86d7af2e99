package material

import (
	"slices"
	"strings"
)

// misspeltCountries drops from es (the names one side adds, found in
// text) each country of one word that the other side wrote misspelt: a
// capitalised word of the same first letter, one letter substituted, two
// neighbours swapped or, in a long name, one left out (letterDropped),
// that names no country itself and that text no longer writes. "Canada, Columbia, Dominican Republic" →
// "Canada, Colombia, Dominican Republic" mends a name; it sends data
// nowhere new. Two countries a letter apart ("Iran" → "Iraq") are two
// places, and a name four letters or shorter is too short to tell a slip
// from another word.
// Each name dropped, and the misspelling it mends, is appended to mended:
// their words explain themselves.
func (c *classifier) misspeltCountries(es []string, text, other string, mended *[]string) []string {
	if len(es) == 0 || !slices.ContainsFunc(es, func(e string) bool { return c.ix.countries[e] && len(e) > 4 && !strings.Contains(e, " ") }) {
		return es
	}
	var ws []string // the other side's capitalised words, not in text
	for _, w := range rawWords(other) {
		if len(w) > 4 && w[0] >= 'A' && w[0] <= 'Z' && !c.ix.countries[w] && !hasWordAt(text, w) {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return es
	}
	return slices.DeleteFunc(es, func(e string) bool {
		if !c.ix.countries[e] || len(e) <= 4 || strings.Contains(e, " ") {
			return false
		}
		i := slices.IndexFunc(ws, func(w string) bool { return oneSlip(w, e) || letterDropped(w, e) })
		if i >= 0 {
			*mended = append(*mended, e, ws[i])
		}
		return i >= 0
	})
}

// letterDropped reports two words of seven letters or more with the same
// first letter, one of which is the other with one letter left out:
// "Lichtenstein" → "Liechtenstein" mends an official name (b59-13).
// Short names a letter apart ("Iran", "Oman") are too short to tell.
func letterDropped(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 7 || len(b) != len(a)+1 || a[0] != b[0] {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return a[i:] == b[i+1:]
}

// oneSlip reports two words of the same length and first letter that
// differ by one letter substituted or by two neighbouring letters swapped.
func oneSlip(a, b string) bool {
	if len(a) != len(b) || a == b || a[0] != b[0] {
		return false
	}
	var diff []int
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff = append(diff, i); len(diff) > 2 {
				return false
			}
		}
	}
	switch len(diff) {
	case 1:
		return true
	case 2:
		i, j := diff[0], diff[1]
		return j == i+1 && a[i] == b[j] && a[j] == b[i]
	}
	return false
}

// mendedCountry reports two words, as folded (lower case), of which one
// names a country and the other, a slip of it (oneSlip), names none: the
// same place, its name mended or misspelt.
func (c *classifier) mendedCountry(a, b string) bool {
	if len(a) <= 4 || !oneSlip(a, b) {
		return false
	}
	ca, cb := c.ix.countries[titled(a)], c.ix.countries[titled(b)]
	return ca != cb
}

// titled is w with its first letter in capitals ("colombia" → "Colombia").
func titled(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
