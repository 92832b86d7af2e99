package material

import (
	"slices"
	"strings"
	"unicode"
)

// A party the sentence names is often said again in other words, the
// relation the reader has with it spelt out: "the client (the business
// you bought from) responsible for your data" (b68-49), "on behalf of
// its clients, the businesses whose customers we support" (b68-42),
// "the client responsible for the data (the business whose customer you
// are)" (b69-49). An appositive says what the noun before it is: it
// names that party again, not one more, and binds no one to anything.
// Only a gloss of one shape is so read: "the" or "a", a noun of a group
// or a person, then a clause saying which one ("whose …", "that …",
// "you bought from"), in brackets or ending the sentence after a comma,
// right after a noun of a group or a person (a few words after it in
// brackets). "Or", "and", "including", a word of force or of the
// rulebook's terms ("the advertiser you bought from" is a recipient),
// a name or a figure inside it make it more than a gloss: another party
// or a condition, for the other rules; so does a denial in the sentence,
// whose object a second name may seem to narrow.

// glossClauseOpeners open the clause that says which party a gloss means:
// a relative pronoun or the subject of a contact clause ("the business
// you bought from").
var glossClauseOpeners = map[string]bool{"whose": true, "that": true, "which": true, "who": true, "whom": true,
	"you": true, "we": true, "they": true, "your": true, "our": true}

// glossStoppers are words that make a bracket or a clause more than a
// second name for the party before it.
var glossStoppers = map[string]bool{"only": true, "unless": true, "not": true, "no": true, "never": true, "if": true, "when": true, "where": true, "any": true, "all": true}

// partyGlossed returns a test for the folded words of a gloss of a party
// (see above) one side gives and the other does not.
func (c *classifier) partyGlossed(ctxOld, ctxNew string) func(string) bool {
	var words []string
	for _, side := range [2][2]string{{ctxNew, ctxOld}, {ctxOld, ctxNew}} {
		for _, g := range c.partyGlosses(side[0]) {
			if !strings.Contains(side[1], g) {
				words = append(words, c.ix.fold(g)...)
			}
		}
	}
	if len(words) == 0 {
		return func(string) bool { return false }
	}
	return func(w string) bool { return slices.Contains(words, w) }
}

// partyGlosses returns the glosses of a party text gives, as written.
func (c *classifier) partyGlosses(text string) []string {
	if !strings.Contains(text, " (") && !strings.Contains(text, ", ") {
		return nil
	}
	var out []string
	for i := 0; i+2 < len(text); i++ {
		if text[i] != ' ' && text[i] != ',' || !glossOpens(text[i+2:]) {
			continue
		}
		var g string
		var before []string
		switch text[i : i+2] {
		case " (":
			end := strings.IndexByte(text[i+2:], ')')
			if end < 0 {
				continue
			}
			g = text[i+2 : i+2+end]
			// The party may stand a few words before: "the client
			// responsible for the data (the business …)".
			before = strings.Fields(strings.ToLower(sentenceBefore(text[max(0, i-80):i])))
			if len(before) > 6 {
				before = before[len(before)-6:]
			}
		case ", ":
			rest := text[i+2:]
			end := strings.IndexAny(rest, ".;:,()")
			if end < 0 {
				end = len(rest)
			}
			if end < len(rest) && rest[end] != '.' && rest[end] != ';' {
				continue // the gloss must end the sentence: else a list
			}
			g = rest[:end]
			if j := strings.LastIndexByte(text[:i], ' '); j >= 0 {
				before = []string{strings.ToLower(text[j+1 : i])}
			}
		default:
			continue
		}
		if slices.ContainsFunc(before, func(w string) bool {
			w = strings.Trim(w, "\"“”'’*_")
			return groupOrPerson(w) && !pronouns[w]
		}) && c.isPartyGloss(g) {
			out = append(out, g)
		}
	}
	if len(out) > 0 && slices.ContainsFunc(c.ix.fold(text), func(w string) bool { return c.ix.negation[w] }) {
		// "We do not share data with third parties, the companies
		// that we work with": said of what a denial is about, a second
		// name may be read as narrowing what is denied.
		return nil
	}
	return out
}

// glossOpens reports text that opens as a gloss does: "the ", "a ", "an ".
func glossOpens(text string) bool {
	return strings.HasPrefix(text, "the ") || strings.HasPrefix(text, "a ") || strings.HasPrefix(text, "an ")
}

// sentenceBefore returns the part of the sentence text ends in.
func sentenceBefore(text string) string {
	if j := strings.LastIndexAny(text, ".;!?\n"); j >= 0 {
		return text[j+1:]
	}
	return text
}

// isPartyGloss reports a gloss of the shape partyGlossed reads: "the
// business whose customer you are".
func (c *classifier) isPartyGloss(g string) bool {
	ws := lowerWords(g)
	if len(ws) < 3 || len(ws) > 10 || ws[0] != "the" && ws[0] != "a" && ws[0] != "an" {
		return false
	}
	if !groupOrPerson(ws[1]) || pronouns[ws[1]] || !glossClauseOpeners[ws[2]] {
		return false
	}
	for i, f := range strings.Fields(g) {
		if r := []rune(strings.Trim(f, "\"“'‘(")); i > 0 && len(r) > 0 && unicode.IsUpper(r[0]) {
			return false // a name: another party, perhaps
		}
	}
	for _, w := range ws {
		if openerOfMore[w] || glossStoppers[w] || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	fg := c.ix.fold(g)
	if _, covered := c.ix.forces(fg); slices.Contains(covered, true) {
		return false // "(the business you bought from, if it is in the EU)"
	}
	if len(c.ix.strongHits(fg)) > 0 || len(c.entities(g)) > 0 {
		return false // "(the advertiser whose ads you saw)": a recipient
	}
	return true
}
