package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A postal code is a string of digits before or after its town, and a
// digit dropped or doubled in it is a typo the next version mends: "0095
// Hamburg" → "20095 Hamburg" (b57-21). The party, street and town are the
// same; so is where a letter reaches it. Another code of the same length
// ("75002" → "75008") is another district, and a number before a word in
// lower case or a noun of no place ("1200 Schools") is no postal code:
// both stay for the other rules.

// postcodeMended reports two texts that differ only in one number, the
// one written with one digit more than the other and otherwise the same,
// next to the same capitalised word (the town).
func postcodeMended(old, new string) bool {
	if !hasDigit(old) || !hasDigit(new) {
		return false // a postcode's digits on each side, which stripMarkdown never makes
	}
	to, tn := strings.Fields(stripMarkdown(old)), strings.Fields(stripMarkdown(new))
	if len(to) != len(tn) {
		return false
	}
	at := -1
	for i := range to {
		if to[i] != tn[i] {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	if at < 0 {
		return false
	}
	a, b := strings.TrimRight(to[at], ",;."), strings.TrimRight(tn[at], ",;.")
	if to[at][len(a):] != tn[at][len(b):] || !allDigits(a) || !allDigits(b) || len(a) < 3 || len(b) < 3 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+1 || !oneDigitMore(a, b) {
		return false
	}
	town := func(i int) bool {
		if i < 0 || i >= len(to) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(to[i])
		if !unicode.IsUpper(r) {
			return false
		}
		// A town: a name no dictionary knows, or a place (WordNet's
		// noun.location, 15), not "1200 Schools".
		e := wordNet().entries(strings.ToLower(strings.Trim(to[i], ",;.")))
		return len(e) == 0 || e[0].lexfile == 15
	}
	return town(at+1) || town(at-1) && strings.HasSuffix(to[at-1], ",")
}

// oneDigitMore reports b, a with one digit put in somewhere.
func oneDigitMore(a, b string) bool {
	for i := 0; i < len(b); i++ {
		if b[:i]+b[i+1:] == a {
			return true
		}
	}
	return false
}
