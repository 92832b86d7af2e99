package material

import (
	"strings"
)

// lawPlacesRE is the open set of places whose laws a sentence explains,
// with examples of them: "Laws in some US states, including California
// and Virginia,", "the privacy laws of certain countries (such as
// Brazil)". Group 1 opens the examples: the comma or parenthesis and
// what introduces them.
var lawPlacesRE = mustPattern(`(?i)\blaws?\s+(?:in|of)\s+(?:some|certain|several|many|various|other|a number of)\s+(?:(?:US|U\.S\.|EU|European|Canadian|Australian)\s+)?(?:states|countries|jurisdictions|provinces|territories|regions)(\s*(?:,\s*|\(\s*)(?:including|such as|like|e\.\s?g\.,?|for example,?|for instance,?)\s+)`)

// lawPlaceExamples reports two sentences one of which only adds, after an
// open set of the places whose laws it explains, examples of those
// places: "Laws in some US states, including California, …, require us"
// → "Laws in some US states require us". The set stays, and with it whom
// the law reaches; the examples name no party, no place data goes and no
// right. Each example must be a place's name in capitals and nothing
// else: no company's form, no name the rulebook knows as a party.
func (c *classifier) lawPlaceExamples(old, new string) bool {
	if both := old + new; !lowerHasAny(both, "law") || !lowerHasAny(both, "includ", "such as", "example", "e.g", "instance", "like") {
		return false
	}
	for _, p := range [][2]string{{old, new}, {new, old}} {
		long, short := p[0], p[1]
		m := lawPlacesRE.FindStringSubmatchIndex(long)
		if m == nil || lawPlacesRE.MatchString(short) {
			continue
		}
		// The examples end at a comma or a closing parenthesis, before
		// the sentence goes on: with them out, what is left must be the
		// other sentence.
		for end := m[3]; end < len(long); end++ {
			b := long[end]
			if b == ';' || b == ':' || b == '.' && !strings.HasPrefix(long[end:], ".,") && end+1 < len(long) && long[end+1] == ' ' {
				break
			}
			if b != ',' && b != ')' {
				continue
			}
			rest := long[:m[2]] + " " + long[end+1:]
			if equalWords(c.ix.fold(rest), c.ix.fold(short)) {
				return c.placeNamesOnly(long[m[3]:end])
			}
		}
	}
	return false
}

// placeNamesOnly reports a list of names each of a place: one to three
// words in capitals, none a company's form or a party the rulebook knows.
func (c *classifier) placeNamesOnly(list string) bool {
	items := splitList(list)
	n := 0
	for _, it := range items {
		it = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(it), "and "), "or "))
		if it == "" {
			continue
		}
		ws := strings.Fields(it)
		if len(ws) > 3 {
			return false
		}
		for _, w := range ws {
			if !isName(w) && w != "of" || legalForms[strings.ToLower(strings.Trim(w, ".,"))] {
				return false
			}
		}
		if !c.ix.countries[it] && c.formedOrKnown(it) {
			return false
		}
		n++
	}
	return n > 0
}
