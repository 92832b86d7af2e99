package material

import (
	"slices"
	"strings"
	"unicode"
)

// A name the policy gives elsewhere, put into a sentence or taken out of
// it, is no party the reader has not been told of: "our payment
// provider" → "our payment provider, Stripe" where the policy lists
// Stripe among its processors (batch 339, an operations manager naming
// vendors; batch 340, a reviewer harmonising a line with the rest of its
// policy). The rules of names already find no new party there; what was
// left was the name's words, unknown to every rule, sent to a reviewer.
// knownNamesOnly reports words left that are all words of names put in,
// each of which the old policy gives outside the sentence, where nothing
// is taken out ("we" given way to "Twilio" makes another party act): a name given way to another word ("CRM tracking scripts"
// → "other tracking scripts", b166-09), or two names traded between
// roles (b194-27), is judged as written. Judged as paragraphs, there is
// no elsewhere, and the words go to a reviewer as before.
func (c *classifier) knownNamesOnly(left, removed []string, ctxOld, ctxNew string) (names []string, ok bool) {
	if len(left) == 0 || slices.ContainsFunc(removed, func(w string) bool { return w != "and" && w != "or" }) {
		return nil, false // a word given way to the name: "we will notify" → "Twilio will notify"
	}
	eo, en := c.entities(ctxOld), c.entities(ctxNew)
	put := minusNames(en, eo)
	if len(put) == 0 || len(minusNames(eo, en)) > 0 {
		return nil, false
	}
	words := map[string]bool{}
	for _, e := range put {
		if !c.namedElsewhere(true, e) {
			return nil, false
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(e), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			words[w] = true
		}
		names = append(names, e)
	}
	for _, w := range left {
		if !words[w] {
			return nil, false
		}
	}
	return names, true
}

// namedElsewhereText reports a name one side's policy gives in a block
// other than the changed one, which does not hold it: a name the changed
// block holds is not elsewhere, though a rule may be judging the
// sentence without it (b27-05, "owned and operated by SourceHut" judged
// step by step).
func (c *classifier) namedElsewhereText(old bool, name string) bool {
	if !c.inDocText(old, nameKey(name)) {
		return false
	}
	if i, ok := c.rowIndex(); ok {
		if b := sideBlock(c.rows[i], old); b != nil && strings.Contains(strings.ToLower(b.Text), strings.ToLower(name)) {
			return false
		}
	}
	return true
}
