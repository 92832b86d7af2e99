package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/levenshtein"
)

// Names that name no one: a seal or a logo shown, a word misspelt or put
// right, "US" in capitals for the pronoun. The words around them are
// judged without them (significant).

// misspeltWord reports a name of one word that is an ordinary word of the
// other side's changed words misspelt, a letter or two apart ("Hombe" →
// "Home"): a typo put right, or made, names no one. A word of the rules'
// own vocabulary is as ordinary as one WordNet knows, though WordNet may
// not list it: "visiting: UNSUBSRIBE" → "visiting: UNSUBSCRIBE" (b79-12)
// mends the word in capitals the link was labelled with, and was reported
// as "Removed tracker: UNSUBSRIBE". The name itself must be a word neither
// knows, so a company named after a word ("Segment") stays a name.
func (c *classifier) misspeltWord(e string, other []string) bool {
	if strings.Contains(e, " ") || len(e) < 4 || c.english(e) || c.ix.termWord[strings.ToLower(e)] {
		return false
	}
	le := strings.ToLower(e)
	for _, w := range other {
		if len(w) >= 3 && w[0] == le[0] && (c.english(w) || c.ix.termWord[w]) && levenshtein.Distance(le, w) <= max(1, min(2, len(w)/4)) {
			return true
		}
	}
	return false
}

// roleOf is nameRole's role alone.
func (c *classifier) roleOf(text, e string) string {
	r, _ := c.nameRole(text, e)
	return r
}

// namesAside reports text with a noun of a thing shown (appositionNouns'
// roleAside): only there can a name be one, and nameRole need be asked.
func namesAside(text string) bool {
	for _, w := range [...]string{"seal", "badge", "logo", "trademark", "icon", "!["} {
		if containsFold(text, w) {
			return true
		}
	}
	return false
}

// pronounUS reports "US" written as the pronoun in capitals, after a verb
// or preposition in capitals: "CONTACT US", "ABOUT US".
func (c *classifier) pronounUS(text, e string) bool {
	if e != "US" {
		return false
	}
	i := nameIndex(text, e)
	if i < 0 {
		return false
	}
	ws := strings.Fields(strings.TrimRight(text[:i], " *_[\"“"))
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[len(ws)-1], "*_[\"“(")
	switch w {
	case "TO", "WITH", "ABOUT":
		return true // prepositions, which WordNet does not list
	}
	return len(w) > 1 && upperCase(w) && c.english(strings.ToLower(w)) && !c.ix.countries[w]
}
