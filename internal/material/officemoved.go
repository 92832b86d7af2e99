package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// usZipRE is a US state's postal code and a ZIP code, the end of a US
// postal address: "CA 94107", "NY-11803", "WI 53228-1234".
var usZipRE = mustPattern(`\b(A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|PR|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])[\s-]+\d{5}(?:-\d{4})?\b`)

// ukPostcodeRE is a UK postcode: "EC1A 1BB", "W1 2AB".
var ukPostcodeRE = mustPattern(`\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b`)

// officeMoved reports a postal address whose street changed, in the same
// town, the text before it (the lead-in, the addressee) and after it the
// same, where the layouts sameSeat and withoutStreets read do not hold (a
// floor or a suite of its own, "Floor 28" → "20th Floor", a street written
// in two parts): "Attn: Data Protection Officer, 110 William Street, Floor
// 28, New York, NY 10038" → "…, 14 Wall Street, 20th Floor, New York, NY
// 10005", or "Wild Sky Media, Inc." over "233 Broadway" / "13th Floor" /
// "New York, NY 10279" → over "125 Park Ave" / "25th Floor" / "New York, NY
// 10017". The party written to is the same, reached by the same channel,
// post, in the same town: its streets and numbers are places, not parties
// (as sameSeat has it). It returns the country the two addresses share,
// and the parts of each address that differ, joined.
//
// The parts (between commas, semicolons and line breaks) that differ are
// on each side a street or a post-office box (a number, the words before
// it the same on both sides), then capitalised words and numbers, the
// last with a postcode; their places, once numbers, floors, suites and
// the ZIP or postcode are set aside, are the same words (the town, a US
// state's code). Another town or state (the rules' twins), another
// addressee ("Greeting Mail Services LLC" over the street), a changed
// lead-in, an address taken away or put in prose is compared. The country
// is the one the text after the address names, or the one both
// addresses' postcodes are of (a US state and ZIP code, a UK postcode);
// postcodes of no known country are compared.
func (c *classifier) officeMoved(old, new string) (country, from, to string, ok bool) {
	if !strings.ContainsAny(old, "0123456789") || !strings.ContainsAny(new, "0123456789") || strings.Count(old, ",")+strings.Count(old, "\n") < 2 {
		return "", "", "", false
	}
	po, pn := addressParts(old), addressParts(new)
	p := 0
	for p < len(po) && p < len(pn) && po[p] == pn[p] {
		p++
	}
	s := 0
	for s < len(po)-p && s < len(pn)-p && po[len(po)-1-s] == pn[len(pn)-1-s] {
		s++
	}
	mo, mn := po[p:len(po)-s], pn[p:len(pn)-s]
	if len(mo) == 0 || len(mn) == 0 || len(mo) > 5 || len(mn) > 5 || !postalParts(mo) || !postalParts(mn) {
		return "", "", "", false
	}
	// The first part that differs opens with the same words on both
	// sides, up to the number of a street or a box: "Attn: Privacy 149 New
	// Montgomery St" → "Attn: Privacy 1875 Mission Street".
	lo, ln := numberAt(mo[0]), numberAt(mn[0])
	if lo < 0 || ln < 0 || !slices.Equal(strings.Fields(mo[0])[:lo], strings.Fields(mn[0])[:ln]) {
		return "", "", "", false
	}
	if p == 0 && lo == 0 {
		return "", "", "", false // nothing before the address says who
	}
	if pl := postalPlaces(mo[1:]); pl == "" || pl != postalPlaces(mn[1:]) {
		return "", "", "", false
	}
	// The reason quotes the addresses from their numbers: the words
	// before are the same.
	from = strings.Join(append([]string{strings.Join(strings.Fields(mo[0])[lo:], " ")}, mo[1:]...), ", ")
	to = strings.Join(append([]string{strings.Join(strings.Fields(mn[0])[ln:], " ")}, mn[1:]...), ", ")
	if s > 0 {
		if l := po[len(po)-s]; c.addressCountry(l) > 0 && strings.TrimRight(l[c.addressCountry(l):], ".;:) ") == "" {
			return strings.TrimSpace(l[:c.addressCountry(l)]), from, to, true
		}
	}
	switch lastO, lastN := mo[len(mo)-1], mn[len(mn)-1]; {
	case usZipRE.MatchString(lastO) && usZipRE.MatchString(lastN) && !ukPostcodeRE.MatchString(from+"\n"+to):
		return "United States", from, to, true
	case ukPostcodeRE.MatchString(lastO) && ukPostcodeRE.MatchString(lastN) && !usZipRE.MatchString(from+"\n"+to):
		return "United Kingdom", from, to, true
	}
	return "", "", "", false
}

// addressParts returns the parts of a text between its commas, semicolons
// and line breaks, trimmed.
func addressParts(s string) []string {
	ps := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' })
	for i, p := range ps {
		ps[i] = strings.TrimSpace(p)
	}
	return ps
}

// numberAt returns the index of the first word of part that is the number
// of a street, a suite or a box ("P.O. Box 412" from "P.O."), -1 when none
// is.
func numberAt(part string) int {
	ws := strings.Fields(part)
	for i, w := range ws {
		if postalNumber(strings.TrimRight(w, ".,")) {
			for i > 0 && boxWords[strings.ToLower(strings.Trim(ws[i-1], ".,"))] {
				i--
			}
			return i
		}
	}
	return -1
}

// boxWords write a post-office box before its number.
var boxWords = map[string]bool{"p.o": true, "po": true, "box": true, "p. o": true, "pob": true}

// postalNumber reports a number of a street address, a suite or a box:
// "255", "124th", "10A", as `^\d{1,6}[A-Za-z]{0,2}$` matches, by its bytes
// (a pattern per word was a tenth of postalAddress).
func postalNumber(w string) bool {
	digits := 0
	for digits < len(w) && '0' <= w[digits] && w[digits] <= '9' {
		digits++
	}
	if digits < 1 || digits > 6 || len(w)-digits > 2 {
		return false
	}
	for i := digits; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// postalParts reports lines that are all parts of a postal address, the
// last a town with its postcode: each of capitalised words, numbers, a
// street's initial ("S") and short words ("of"), at most eight words, one
// of the lines a street or a post-office box (a number).
func postalParts(ls []string) bool {
	number := false
	for _, l := range ls {
		ws := strings.Fields(strings.ReplaceAll(l, ",", " "))
		if len(ws) == 0 || len(ws) > 8 {
			return false
		}
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (len(w) > 3 || !unicode.IsLower(r)) {
				return false
			}
			number = number || postalNumber(strings.TrimRight(w, ".,"))
		}
	}
	return number
}

// zipRE is a US ZIP code, the number after a state's code.
var zipRE = mustPattern(`\b\d{5}(?:-\d{4})?\b`)

// postalPlaces returns the places the parts of an address name after its
// street, in lower case: each part that holds no number of a street, a
// floor, a suite or a box, without its ZIP code or postcode. "New York",
// "NY 10038" → "new york ny".
func postalPlaces(parts []string) string {
	var out []string
	for _, p := range parts {
		p = ukPostcodeRE.ReplaceAllString(zipRE.ReplaceAllString(p, " "), " ")
		if numberAt(p) >= 0 {
			continue // "Floor 28", "Suite 400"
		}
		for _, w := range strings.Fields(strings.ToLower(p)) {
			if w = strings.Trim(w, "-.,;"); w != "" {
				out = append(out, w)
			}
		}
	}
	return strings.Join(out, " ")
}
