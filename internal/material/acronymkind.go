package material

import (
	"strings"
	"unicode"
)

// An acronym no processor list knows is often the name of a format or a
// standard, not of a party: "export their data as CSV files", "bank
// account details (account number and sort code, or IBAN)" (b74-08,
// b74-12). What it stands beside says so, not the letters: a format is
// written before the noun of the writing it is the form of ("CSV files",
// "JSON format"), and a standard of data is one of the kinds a bracket
// lists after a noun of data. A firm's acronym before a noun of anything
// else ("OVH servers") or given data in a bracket ("(shared with PAYCO)")
// stays a name. In a sentence about security, a code is the measure or
// standard it names ("Removed measure or standard: OCSP"), which the
// security rules read: it is left to them.

// acronymKind reports an acronym text writes as a kind of writing or of
// data: before a noun WordNet files first under communication (files,
// format, document, code), or as an item, alone, of a bracket that lists
// kinds of the data noun before it.
func acronymKind(text, e string) bool {
	if len(e) < 2 || len(e) > 6 || !upperCase(e) || strings.IndexFunc(e, unicode.IsLetter) < 0 || strings.ContainsAny(e, " .&-") {
		return false
	}
	return anyAt(text, e, func(i int) bool {
		end := i + len(e)
		if i > 0 && isAlnumByte(text[i-1]) || end < len(text) && isAlnumByte(text[end]) {
			return false
		}
		if es := writingNoun(wordAfter(text, end)); len(es) > 0 {
			// A word that is first a verb ("files", "collects") is a
			// noun after the acronym only where a preposition governs
			// the two: "as CSV files"; "the WMF collects" is a party
			// acting.
			if es[0].pos[0] == 'n' {
				return true
			}
			w, _ := wordBefore(text, i)
			return w == "as" || prepositions[strings.ToLower(w)]
		}
		return bracketKind(text, i, end)
	})
}

// writingNoun returns the WordNet entries of a lower-case word whose
// first noun sense WordNet files under communication ("files", "format",
// "documents"), nil for another word.
func writingNoun(w string) []lexEntry {
	w = strings.TrimRight(w, ".,;:)")
	if w == "" || !unicode.IsLower(rune(w[0])) {
		return nil
	}
	if es := wordNet().entries(w); len(es) > 0 && es[0].lexfile == lexCommunication {
		return es
	}
	return nil
}

// lexCommunication is WordNet's lexical file noun.communication.
const lexCommunication = 10

// bracketKind reports text[i:end] as an item, alone, of a bracket opened
// right after a noun of data, whose other items are lower-case words:
// "bank account details (account number and sort code, or IBAN)".
func bracketKind(text string, i, end int) bool {
	open := strings.LastIndexByte(text[:i], '(')
	if open < 0 || strings.ContainsAny(text[open:i], ")") {
		return false
	}
	shut := strings.IndexByte(text[end:], ')')
	if shut < 0 {
		return false
	}
	if w, _ := wordBefore(text, open); !dataHeads[strings.ToLower(w)] {
		return false
	}
	inner := text[open+1 : end+shut]
	e := text[i:end]
	found := false
	for _, part := range strings.Split(inner, ",") {
		for _, item := range strings.Split(strings.ReplaceAll(" "+part+" ", " and ", " or "), " or ") {
			item = strings.TrimSpace(item)
			switch {
			case item == "":
			case item == e:
				found = true
			case strings.IndexFunc(item, unicode.IsUpper) >= 0 || strings.IndexFunc(item, unicode.IsDigit) >= 0:
				return false // another name or a figure: a list of other things
			case len(strings.Fields(item)) > 3:
				return false // a clause, not a kind: "shared with our bank"
			}
		}
	}
	return found
}

// formatAcronym is acronymKind for a name not in a sentence about
// security (see above).
func (c *classifier) formatAcronym(text, e string) bool {
	if !acronymKind(text, e) {
		return false
	}
	for _, h := range c.ix.strongHits(c.ix.fold(sentenceWith(sentences(stripMarkdown(text)), e))) {
		if c.rb.Categories[h.k].ID == "security" {
			return false
		}
	}
	return true
}
