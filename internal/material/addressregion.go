package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// withoutRegions returns old and new without the county, state or
// province written, dropped or changed between the town and the postcode
// of a postal address whose postcodes both sides write alike:
// "Christchurch, BH23 6NW, United Kingdom" → "Christchurch, Dorset BH23
// 6NW, UK". A postcode says the street of one town; the region it lies
// in adds no place to it. Only the capitalised words that stand alone
// between a comma and the postcode go, on both sides, and only where the
// sides differ there: a postcode written another way, another town
// before the comma, or other words changed are compared as before.
func withoutRegions(old, new string) (string, string) {
	if !mayHavePostcode(old) || !mayHavePostcode(new) {
		return old, new
	}
	co, cn := postcodeRE.FindAllStringIndex(old, -1), postcodeRE.FindAllStringIndex(new, -1)
	if len(co) == 0 || len(co) != len(cn) {
		return old, new
	}
	var cutOld, cutNew [][2]int
	for i := range co {
		if old[co[i][0]:co[i][1]] != new[cn[i][0]:cn[i][1]] {
			return old, new
		}
		ro, okO := regionBefore(old, co[i][0])
		rn, okN := regionBefore(new, cn[i][0])
		if okO && okN && strings.TrimSpace(old[ro[0]:ro[1]]) == "" && strings.TrimSpace(new[rn[0]:rn[1]]) == "" {
			// "Christchurch, BH23 6NW" → "Christchurch, Dorset, BH23
			// 6NW": the region as an item of its own (b357-01).
			if sp, ok := regionItemPut(old, co[i][0], new, cn[i][0]); ok {
				cutNew = append(cutNew, sp)
			} else if sp, ok := regionItemPut(new, cn[i][0], old, co[i][0]); ok {
				cutOld = append(cutOld, sp)
			}
			continue
		}
		if !okO || !okN || strings.TrimSpace(old[ro[0]:ro[1]]) == strings.TrimSpace(new[rn[0]:rn[1]]) {
			continue
		}
		cutOld, cutNew = append(cutOld, ro), append(cutNew, rn)
	}
	return replaceSpans(old, cutOld, " "), replaceSpans(new, cutNew, " ")
}

// regionBefore returns the span between the comma before the postcode at
// at and the postcode, and whether it holds nothing but up to three
// capitalised words (or nothing at all: a region dropped).
func regionBefore(s string, at int) ([2]int, bool) {
	if s[at] == ',' {
		return [2]int{}, false // ", 10117 Berlin": the town follows the postcode
	}
	comma := strings.LastIndexByte(s[:at], ',')
	if comma < 0 {
		return [2]int{}, false
	}
	if !regionWords(strings.Fields(s[comma+1 : at])) {
		return [2]int{}, false
	}
	return [2]int{comma + 1, at}, true
}

// regionWords reports words that may write a region: up to three, each
// capitalised, with no digit or mark of another part ("Dorset", "North
// Yorkshire"); none at all is a region dropped.
func regionWords(words []string) bool {
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789.;:()") {
			return false
		}
	}
	return true
}

// regionItemPut returns the span in b of a region written as an item of
// its own, ", Dorset", between the town and the comma before b's postcode
// at atB, where a has the same town right before the comma before its
// postcode at atA and no region: "Christchurch, BH23 6NW" → "Christchurch,
// Dorset, BH23 6NW".
func regionItemPut(a string, atA int, b string, atB int) ([2]int, bool) {
	ca, cb := strings.LastIndexByte(a[:atA], ','), strings.LastIndexByte(b[:atB], ',')
	if ca < 0 || cb < 0 {
		return [2]int{}, false
	}
	rb := strings.LastIndexByte(b[:cb], ',') // the comma before the region
	if rb < 0 {
		return [2]int{}, false
	}
	if words := strings.Fields(b[rb+1 : cb]); len(words) == 0 || !regionWords(words) {
		return [2]int{}, false
	}
	// The town before the region in b is the town before the postcode in a.
	ta, tb := strings.LastIndexByte(a[:ca], ','), strings.LastIndexByte(b[:rb], ',')
	townA, townB := strings.TrimSpace(a[ta+1:ca]), strings.TrimSpace(b[tb+1:rb])
	if townA == "" || townA != townB {
		return [2]int{}, false
	}
	return [2]int{rb, cb}, true
}

// replaceSpans returns s with each span, in order and not overlapping,
// put as with.
func replaceSpans(s string, spans [][2]int, with string) string {
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	at := 0
	for _, sp := range spans {
		b.WriteString(s[at:sp[0]])
		b.WriteString(with)
		at = sp[1]
	}
	b.WriteString(s[at:])
	return b.String()
}

// mayHavePostcode is a cheap test for what postcodeRE finds: each of its
// postcodes has four digits in a row (a ZIP code, "10117 Berlin") or a
// capital right before a digit (a British postcode's outward part,
// "KT16"). Most paragraphs have neither. (It looked for the inward part
// after a space, "KT16 0PS", which missed one after a line break.)
func mayHavePostcode(s string) bool {
	run := 0 // digits in a row
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			run = 0
			continue
		}
		if run++; run >= 4 || i > 0 && s[i-1] >= 'A' && s[i-1] <= 'Z' {
			return true
		}
	}
	return false
}
