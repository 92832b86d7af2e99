package material

import (
	"strings"
)

// likeAfter are the words after which "like" is a verb, not a preposition
// that introduces an example: "you might like", "if you would like".
var likeAfter = map[string]bool{"i": true, "you": true, "we": true, "they": true, "he": true, "she": true, "who": true, "would": true,
	"might": true, "may": true, "can": true, "could": true, "will": true, "to": true, "not": true, "do": true, "does": true, "did": true,
	"don't": true, "d": true, "ll": true, "really": true, "also": true}

// examples counts the examples a folded sentence introduces: the words
// the rulebook folds to "for example" ("such as", "e.g.", "including"),
// the verb "including" is a form of ("This includes: emails, SMS"), and
// "like" where it is no verb ("settings (like GPS)").
func examples(ws []string) int {
	n := 0
	for i, w := range ws {
		if w == "example" || w == "include" || w == "includes" || w == "like" && i > 0 && !likeAfter[ws[i-1]] {
			n++
		}
	}
	return n
}

// sameExamples returns a test for the word "example" where both sentences
// introduce as many examples, in other words: "Content that you create,
// such as posts" → "Content you create, like posts". The examples are
// compared word by word; only the words that introduce them are
// explained. An example added or removed ("… date. For example, we …")
// explains nothing.
func sameExamples(old, new []string) func(string) bool {
	n := examples(old)
	if n == 0 || n != examples(new) {
		return func(string) bool { return false }
	}
	return func(w string) bool { return w == "example" }
}

// contentWords drops grammar words and "example", which introduces one.
func (ix *index) contentWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !ix.grammar[w] && w != "example" {
			out = append(out, w)
		}
	}
	return out
}

// trailingExampleRE is an example added at the end of a sentence, after a
// comma: ", for example the parcel with the shoes you bought".
var trailingExampleRE = mustPattern(`(?i),\s*(for example|for instance|e\.\s?g\.|such as),?\s+([^.;:!?()]+)[.]?\s*$`)

// trailingExample reports a sentence that only gains an example at its
// end: "We use your delivery address to send you the products you order"
// → "…, for example the parcel with the shoes you bought in our online
// shop". An example that is a thing, a noun phrase ("the parcel", "a
// question"), is one of what the sentence already names; one that names a
// party or a number, says what we do or what is done to us ("the parcels
// we leave with your neighbours", "the questions your employer sends us"),
// says how ("by passing it to …"), states a force of
// its own or uses a word of a category ("catalogues from our advertising
// partners") may widen the commitment, and is left to the other rules.
func (c *classifier) trailingExample(old, new string) bool {
	if len(sentences(old)) != 1 || len(sentences(new)) != 1 {
		return false
	}
	m := trailingExampleRE.FindStringSubmatchIndex(new)
	if m == nil || trailingExampleRE.MatchString(old) {
		return false
	}
	if !equalWords(c.ix.fold(new[:m[0]]), c.ix.fold(old)) {
		return false
	}
	ex := new[m[4]:m[5]]
	raw := rawWords(ex)
	if len(raw) == 0 {
		return false
	}
	switch strings.ToLower(raw[0]) {
	case "the", "a", "an", "your":
	default:
		return false
	}
	for _, w := range raw {
		// "the parcels we leave with your neighbours" says what we do.
		if lw := strings.ToLower(w); isName(w) || isNumber(lw) || c.ix.number[lw] || lw == "we" || lw == "we'll" || lw == "us" {
			return false
		}
	}
	fe := c.ix.fold(ex)
	if count, _ := c.ix.forces(fe); len(count) > 0 {
		return false
	}
	return len(c.ix.strongHits(fe)) == 0
}
