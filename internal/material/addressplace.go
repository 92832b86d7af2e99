package material

import (
	"slices"
	"strings"
	"unicode"
)

// A postal address names its town and county as capitalised words, and a
// postcode in letters and digits: "Information Commissioner's Office
// (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF"
// (b74-10, the ICO's address given after its name). Where the party the
// address is written after is one the other text names, its town, county
// and postcode say where that party is reached: no new party, and no
// figure. An address given after a name the other text does not write
// is that new party's, and the name is judged on its own; so is an
// address taken away (addressRemoved).

// addressOfNamed reports a name or a number e that text writes as a part
// of a postal address (a town or county between its street and its
// postcode, or a half of the postcode) of a party other names: the part
// the address is written after ends with that party's name. It returns
// the address, from the part after the party's name to the postcode, or
// to the web address written right after it.
func addressOfNamed(text, other, e string) (string, bool) {
	if !strings.Contains(text, ", ") {
		return "", false
	}
	var addr string
	found := anyAt(text, e, func(i int) bool {
		end := i + len(e)
		if i > 0 && isAlnumByte(text[i-1]) || end < len(text) && isAlnumByte(text[end]) {
			return false
		}
		to := -1
		if w, at := wordBefore(text, i); postcodeWord(e) && postcodeWord(w) && at > 1 && text[at-2:at] == ", " {
			i, to = at, end // "5AF" after "SK9"
		} else if next := wordAfter(text, end); postcodeWord(e) && postcodeWord(next) {
			to = strings.Index(text[end:], next) + end + len(strings.TrimRight(next, ".,;"))
		} else if n := postcodeAhead(text[end:]); n > 0 {
			to = end + n
		}
		if to < 0 {
			return false
		}
		if from := streetOfNamed(text[:i], other); from >= 0 {
			if rest, ok := strings.CutPrefix(text[to:], ", "); ok {
				// the party's web address after its postcode: ", ico.org.uk"
				w := strings.TrimRight(wordAfter(rest, 0), ".,;)")
				if k := strings.LastIndexByte(w, '.'); k > 0 && (topLevelDomains[w[k+1:]] || len(w)-k == 3 && strings.ToLower(w) == w) && !strings.Contains(w, "@") {
					to += 2 + len(w)
				}
			}
			addr = text[from:to]
			return true
		}
		return false
	})
	return addr, found
}

// addressRun is how many parts, each a few capitalised words, an
// address may write between its street and the part asked about, or
// between that part and its postcode, or before its street.
const addressRun = 3

// streetOfNamed reports text ending in ", " after a street (a part ending
// in a kind of street, "Water Lane"), with at most addressRun parts of
// capitalised words between, the street written after a part that ends
// with a name other writes: "Information Commissioner's Office (ICO),
// Wycliffe House, Water Lane, ". It returns where the part after the
// name starts, -1 for none.
func streetOfNamed(text, other string) int {
	street := false
	for range 2*addressRun + 2 {
		rest, ok := strings.CutSuffix(text, ", ")
		if !ok {
			return -1
		}
		k := strings.LastIndex(rest, ", ")
		part := rest
		if k >= 0 {
			part = rest[k+2:] // not before k is known: ", , " left rest empty (a hostile test)
		}
		ws := strings.Fields(part)
		if street && namedIn(other, capitalisedEnding(withoutBrackets(part))) {
			return len(rest) + 2
		}
		if len(ws) > 1 && streetKinds[strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))] {
			street = true
		} else if k < 0 || !capitalisedPart(ws) {
			return -1
		}
		text = rest[:k+2]
	}
	return -1
}

// capitalisedEnding returns the capitalised words, up to five, that text
// ends with: "authority: Information Commissioner's Office" →
// "Information Commissioner's Office".
func capitalisedEnding(text string) string {
	ws := strings.Fields(text)
	j := len(ws)
	for j > 0 && len(ws)-j < 5 && isName(ws[j-1]) {
		j--
	}
	return strings.Join(ws[j:], " ")
}

// withoutBrackets returns s without a bracket it ends with: "Office
// (ICO)" → "Office".
func withoutBrackets(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			return s[:i]
		}
	}
	return s
}

// postcodeAhead reports text opening with ", " and reaching a postcode
// through at most addressRun parts of capitalised words: ", Cheshire,
// SK9 5AF", ", California 94043". It returns where the postcode ends, 0
// for none.
func postcodeAhead(text string) int {
	whole := len(text)
	for range addressRun + 1 {
		rest, ok := strings.CutPrefix(text, ", ")
		if !ok {
			return 0
		}
		k := strings.IndexAny(rest, ",;()\n")
		part := rest
		if k >= 0 {
			part = rest[:k]
		}
		ws := strings.Fields(part)
		if len(ws) > 0 && postcodeWord(ws[len(ws)-1]) && (len(ws) == 1 || capitalisedPart(ws[:len(ws)-1]) || len(ws) == 2 && postcodeWord(ws[0])) {
			return whole - len(rest) + len(strings.TrimRight(part, " .;"))
		}
		if k < 0 || !capitalisedPart(ws) {
			return 0
		}
		text = rest[k:]
	}
	return 0
}

// capitalisedPart reports one to three words, each capitalised: a town,
// a county, a building.
func capitalisedPart(ws []string) bool {
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !isName(w) {
			return false
		}
	}
	return true
}

// postcodeWord reports a word written as a postcode or half of one:
// digits and capitals, a digit among them ("SK9", "5AF", "94043",
// "D02"), or four or five digits.
func postcodeWord(w string) bool {
	w = strings.TrimRight(w, ".,;")
	if len(w) < 2 || len(w) > 8 || strings.IndexFunc(w, unicode.IsDigit) < 0 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters > 0 || len(w) == 4 || len(w) == 5
}

// addressNumbersOfNamed returns the numbers ns (folded words) without
// those text writes as halves of the postcode of an address of a party
// other names (addressOfNamed), "sk9", "5af" of "SK9 5AF", and the
// addresses they are of.
func addressNumbersOfNamed(ns []string, text, other string) ([]string, []string) {
	if len(ns) == 0 || !strings.Contains(text, ", ") || !mayHavePostcode(text) {
		return ns, nil
	}
	var addrs []string
	ns = slices.DeleteFunc(ns, func(n string) bool {
		up := strings.ToUpper(n)
		if !postcodeWord(up) || !hasWord(text, up) {
			return false
		}
		addr, ok := addressOfNamed(text, other, up)
		if ok {
			addrs = append(addrs, addr)
		}
		return ok
	})
	return ns, addrs
}

// addressGiven reports new as old with the postal address of a party old
// names written after that party's name (addressOfNamed), with the
// initials of the name in brackets beside it or not: "…: Information
// Commissioner's Office" → "…: Information Commissioner's Office (ICO),
// Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, ico.org.uk"
// (b74-10). It returns the addresses given.
func (c *classifier) addressGiven(old, new string) ([]string, bool) {
	if old == "" || !strings.Contains(new, ", ") || !mayHavePostcode(new) {
		return nil, false
	}
	var addrs []string
	for _, w := range strings.Fields(new) {
		w = strings.TrimRight(w, ".,;")
		if !postcodeWord(w) || strings.IndexFunc(w, unicode.IsLetter) < 0 && !strings.Contains(new, w+", ") && !strings.HasSuffix(new, w) {
			continue
		}
		if addr, ok := addressOfNamed(new, old, w); ok && !slices.Contains(addrs, addr) {
			addrs = append(addrs, addr)
		}
	}
	if len(addrs) == 0 {
		return nil, false
	}
	rest := new
	for _, a := range addrs {
		rest = strings.Replace(rest, ", "+a, "", 1)
	}
	for from := 0; ; {
		k := strings.Index(rest[from:], " (")
		if k < 0 {
			break
		}
		k += from
		shut := strings.IndexByte(rest[k:], ')')
		if shut < 0 {
			break
		}
		if e := rest[k+2 : k+shut]; glossAcronym(rest, old, e) {
			rest = rest[:k] + rest[k+shut+1:] // the name's initials: " (ICO)"
			continue
		}
		from = k + 2
	}
	return addrs, equalWords(c.ix.fold(old), c.ix.fold(rest))
}
