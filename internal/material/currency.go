package material

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// currencySymbols returns the currency signs of s ("$", "€", "£", "¥"), the
// Unicode class Sc, which is closed, sorted. Folding reads them as
// punctuation, and "a fee of $10" → "a fee of €10" is another amount: a
// price, a fee for a copy of one's data, a sum a term caps or pays.
//
// Only a sign written against an amount counts ("$10", "10 €"): one that
// stands alone is no price, and text decoded in the wrong charset is full
// of them ("youâ€™re", ".. Ã¢â‚¬â„¢").
func currencySymbols(s string) string {
	if !hasCurrencySign(s) {
		return "" // most text has none: no runes copied
	}
	var out []rune
	rs := []rune(s)
	digitNear := func(i, step int) bool {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			switch {
			case rs[j] >= '0' && rs[j] <= '9':
				return true
			case rs[j] != ' ' && rs[j] != '\u00a0':
				return false
			}
			if j-i > 1 || i-j > 1 {
				return false
			}
		}
		return false
	}
	for i, r := range rs {
		if unicode.Is(unicode.Sc, r) && (digitNear(i, 1) || digitNear(i, -1)) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return ""
	}
	slices.Sort(out)
	return string(out)
}

// currencyChanged reports an amount given in another currency where both
// versions name one by its sign: "$10" → "€10". A sign written out as a
// word ("$10" → "10 dollars") is not compared; nor is a sign dropped.
func currencyChanged(old, new string) bool {
	o, n := currencySymbols(old), currencySymbols(new)
	return o != "" && n != "" && o != n
}

// hasCurrencySign reports a rune of the class Sc in s. Of ASCII, the class
// holds "$" alone: an ASCII byte is compared, where looking each rune up
// in the class's table was most of what reading a change's amounts cost.
func hasCurrencySign(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c == '$' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Sc, r) {
			return true
		}
		i += n
	}
	return false
}
