package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A part of the service the reader is sent to is often named by a title
// in capitals before the kind of part it is: "request a copy of your data
// in the Data & Privacy section of your User Settings" → "… in the
// Privacy & Safety section …" (b59-27). Where only the title changed,
// between the same determiner and the same kind ("section", "page",
// "tab"), in a phrase of where the reader goes ("in", "on", "via",
// "visit"), the part is the same one, renamed: the reader is told where to
// click, not what is done. A title that names a party ("the Data Broker
// Exchange page"), a country, or a number, or words added or dropped
// around it, are left to the other rules.

// titlePlaceWords open the phrase of where the reader goes: a preposition
// of place or route, or an imperative that sends the reader there.
var titlePlaceWords = map[string]bool{"in": true, "on": true, "at": true, "under": true, "from": true, "via": true, "through": true,
	"within": true, "into": true, "to": true, "visit": true, "visiting": true, "open": true, "see": true, "select": true, "click": true, "tap": true}

// titleDeterminers stand before a title of a part of the service.
var titleDeterminers = map[string]bool{"the": true, "your": true, "our": true, "my": true, "its": true, "their": true}

// titleJoins may stand inside a title: "Privacy & Safety", "Terms of Use".
var titleJoins = map[string]bool{"&": true, "and": true, "of": true, "for": true, "-": true}

// renamedTitle returns whether a word left unexplained is a word of the
// one title the two sentences differ in, as above.
func (c *classifier) renamedTitle(old, new string) func(string) bool {
	no := func(string) bool { return false }
	to, tn := strings.Fields(stripMarkdown(old)), strings.Fields(stripMarkdown(new))
	p := 0
	for p < len(to) && p < len(tn) && to[p] == tn[p] {
		p++
	}
	s := 0
	for s < len(to)-p && s < len(tn)-p && to[len(to)-1-s] == tn[len(tn)-1-s] {
		s++
	}
	mo, mn := to[p:len(to)-s], tn[p:len(tn)-s]
	if len(mo) == 0 || len(mn) == 0 || p < 2 || s == 0 {
		return no
	}
	det, place := strings.ToLower(to[p-1]), strings.ToLower(strings.Trim(to[p-2], ",;:"))
	if !titleDeterminers[det] || !titlePlaceWords[place] {
		return no
	}
	wn := wordNet()
	kind := strings.ToLower(strings.TrimRight(to[len(to)-s], ".,;:)"))
	known := false // the kind is the title's own last word: each word of both titles must be known
	if kind == "" || !isNoun(kind) || !isLowerWord(to[len(to)-s]) {
		if !placeKind(mo[len(mo)-1]) || !placeKind(mn[len(mn)-1]) {
			return no
		}
		known = true
	}
	words := map[string]bool{}
	for _, side := range [][]string{mo, mn} {
		for _, t := range side {
			if titleJoins[strings.ToLower(t)] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(t)
			if !unicode.IsUpper(r) || strings.ContainsAny(t, ".,;:()0123456789") || c.ix.countries[t] {
				return no // not a title's word: a sentence goes on, a number, a country
			}
			for _, w := range c.ix.fold(t) {
				if e := wn.entries(w); parties[w] || !massNouns[w] && len(e) > 0 && e[0].pos[0] == 'n' && personOrGroup[e[0].lexfile] {
					return no // a party: "the Data Broker Exchange page"
				}
				if known && !c.english(w) && !commonCapitalised[w] {
					return no // a coined word may be another firm's: "our Zorvex Request Centre"
				}
				words[w] = true
			}
		}
	}
	return func(w string) bool { return words[w] }
}

// placeKind reports a title's own last word that says what kind of part
// of the service it is, capitalised with the title: a noun WordNet files
// first under made things, communication or places ("Portal", "Page",
// "Centre"). "Visit our GDPR Rights Page to submit a data request" →
// "Visit our Privacy Request Centre to submit …" sends the reader to the
// same place by another title, as a title before a small "page" does
// (b80-29). Then every word of both titles must be one WordNet or the
// rulebook knows: a coined word may name another firm's portal.
func placeKind(t string) bool {
	t = strings.TrimRight(t, ".,;:)")
	if t == "" || isLowerWord(t) {
		return false
	}
	e := wordNet().entries(strings.ToLower(t))
	return len(e) > 0 && e[0].pos[0] == 'n' && (e[0].lexfile == lexArtifact || e[0].lexfile == lexCommunication || e[0].lexfile == lexLocation)
}

// lexLocation is WordNet's lexical file of nouns that name places.
const lexLocation = 15

// isLowerWord reports a word written in lower case: a common noun after a
// title, not the title going on.
func isLowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}
