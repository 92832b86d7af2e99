package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A postal address in a sentence, part by part between its commas: a
// street (a house number before or after capitalised words, or a kind of
// street last: "3-1-1 Kamiosaki", "Hauptstraße 5", "Bishopsgate Street"),
// up to three districts ("Shinagawa-ku"), then the town with its
// postcode: "Tokyo 141-0021", "London EC2R 8EJ", "10117 Berlin", or a
// state and ZIP code after the town ("Austin, TX 78701").
var (
	houseTokenRE = mustPattern(`^\d{1,5}(?:-\d{1,5}){0,3}[A-Za-z]?$`)
	townCodeRE   = []*pattern{
		mustPattern(`^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+\d{3}-\d{4}\b`),                       // Tokyo 141-0021
		mustPattern(`^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b`), // London EC2R 8EJ
		mustPattern(`^\d{4,5}\s+(?:[A-Z]{2}\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b`),               // 10117 Berlin
		mustPattern(`^([A-Z]{2})\s+\d{5}(?:-\d{4})?\b`),                                                // TX 78701, after the town
	}
)

// streetSpan is the street and districts of an address, through its
// town's postcode, and the town they are in.
type streetSpan struct {
	start, end int
	town       string
	country    string // the country written after the postcode, if any
}

// streetSpans returns the postal addresses of s, each from its street to
// its postcode, and through the country written after it, as country
// (addressCountry) measures it.
func streetSpans(s string, country func(string) int) []streetSpan {
	if !strings.ContainsAny(s, "0123456789") || !strings.Contains(s, ",") {
		return nil
	}
	// the parts between commas, with their offsets
	type part struct {
		at   int
		text string
	}
	var parts []part
	for at := 0; at <= len(s); {
		i := strings.IndexByte(s[at:], ',')
		if i < 0 {
			i = len(s) - at
		}
		p := s[at : at+i]
		lead := len(p) - len(strings.TrimLeft(p, " \t\u00a0"))
		parts = append(parts, part{at + lead, strings.TrimSpace(p)})
		at += i + 1
	}
	var out []streetSpan
	for i := 0; i < len(parts); i++ {
		if !streetPart(parts[i].text) {
			continue
		}
		for j := i + 1; j < len(parts) && j <= i+4; j++ {
			if town, n := townPart(parts[j].text); n > 0 {
				if len(town) == 2 && upperCase(town) { // a state: the town is the part before it
					if j-1 == i {
						break
					}
					town = parts[j-1].text + " " + town
				}
				sp := streetSpan{start: parts[i].at, end: parts[j].at + n, town: town}
				if k := country(s[sp.end:]); k > 0 {
					sp.country = strings.ToLower(strings.NewReplacer(".", "", " ", "", ",", "").Replace(s[sp.end : sp.end+k]))
					sp.end += k
				}
				out = append(out, sp)
				i = j
				break
			}
			if !districtPart(parts[j].text) && !unitPart(parts[j].text) {
				break
			}
		}
	}
	return out
}

// addressWord reports a word an address is written in: capitalised, a
// house number, or a short word of a name ("de", "of").
func addressWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || houseTokenRE.MatchString(strings.Trim(w, ".")) || unicode.IsLower(r) && len(w) <= 3
}

// streetPart reports the street of an address: a house number before or
// after capitalised words, or a kind of street last.
func streetPart(p string) bool {
	ws := strings.Fields(p)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if !addressWord(w) {
			return false
		}
	}
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], "."))
	return houseTokenRE.MatchString(ws[0]) || houseTokenRE.MatchString(last) || streetKinds[last] ||
		strings.HasSuffix(last, "straße") || strings.HasSuffix(last, "strasse")
}

// unitRE is a unit within a street's building, between the street and
// the town: "Suite 200", "Ste. B", "Apt 4C", "Floor 3", "PMB 53289".
var unitRE = mustPattern(`^(?:Suite|Ste|Unit|Apt|Apartment|Floor|Fl|Room|Rm|Bldg|Building|PMB)\.?\s+#?[A-Z0-9][A-Za-z0-9-]*$|^#\d+[A-Za-z]?$`)

// unitPart reports a part of an address that is a unit of the street's
// building: where the same party is reached, not who.
func unitPart(p string) bool {
	return len(p) <= 24 && unitRE.MatchString(p)
}

// districtPart reports a part of an address between the street and the
// town: up to three capitalised words, no number.
func districtPart(p string) bool {
	ws := strings.Fields(p)
	if len(ws) == 0 || len(ws) > 3 || strings.ContainsAny(p, "0123456789") {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// townPart returns the town of a part that opens with a town and its
// postcode, and the length of that opening; 0 if it is none.
func townPart(p string) (string, int) {
	for _, re := range townCodeRE {
		if m := re.FindStringSubmatchIndex(p); m != nil {
			return p[m[2]:m[3]], m[1]
		}
	}
	return "", 0
}

// withoutStreets returns old and new with the streets and districts of
// their postal addresses cut, leaving each address's town, where both
// give addresses in the same towns: the same party at another street of
// its town ("3-1-1 Kamiosaki, Shinagawa-ku, Tokyo 141-0021" → "1-3-1
// Azabudai, Minato-ku, Tokyo 106-0041", b19-14) has moved its office, and
// the names of streets and districts are places, not parties. Who is at
// the address, and another town, are compared as written. The country
// written after a postcode says where that town is and goes with it
// (addressCountry), on one side only or the same on both: "…, San
// Francisco, California 94105" → "…, California 94105, U.S.A.". ok
// reports that the streets were cut.
func (c *classifier) withoutStreets(old, new string) (o, n string, ok bool) {
	so := streetSpans(old, c.addressCountry)
	if len(so) == 0 {
		return old, new, false
	}
	sn := streetSpans(new, c.addressCountry)
	if len(sn) != len(so) {
		return old, new, false
	}
	byTown := func(ss []streetSpan) []streetSpan {
		out := slices.Clone(ss)
		slices.SortFunc(out, func(a, b streetSpan) int { return strings.Compare(a.town, b.town) })
		return out
	}
	to, tn := byTown(so), byTown(sn)
	for i := range to {
		if to[i].town != tn[i].town || to[i].country != "" && tn[i].country != "" && to[i].country != tn[i].country {
			return old, new, false
		}
	}
	cut := func(s string, ss []streetSpan) string {
		rs := make([]replacement, len(ss))
		for i, sp := range ss {
			rs[i] = replacement{from: sp.start, to: sp.end, with: sp.town}
		}
		return replaced(s, rs)
	}
	return cut(old, so), cut(new, sn), true
}
