package material

// "All this" sums up what the text has just said, the pronoun "this" with
// nothing after it to count: "And we need to use your details to do all
// this" does what "… to do this" does (b72-14). It is no universal over a
// set the policy binds ("all data", "all these cookies" count a set named
// after it). Only the demonstrative "this" is read so: "all that" opens a
// relative clause as often as it sums up ("all that we collect").

// allThisAt reports the "all" of "all this" or "all of this" at ws[i]
// where no noun follows "this": the text ends there, or a word that
// cannot open a noun phrase's head does.
func allThisAt(ws []string, i int) bool {
	if ws[i] != "all" {
		return false
	}
	k := i + 1
	if k < len(ws) && ws[k] == "of" {
		k++
	}
	if k >= len(ws) || ws[k] != "this" {
		return false
	}
	return k+1 == len(ws) || afterPronoun[ws[k+1]]
}

// afterPronoun are the words that follow a pronoun and cannot be a noun it
// determines: conjunctions, prepositions, subject pronouns and the
// auxiliaries, closed classes.
var afterPronoun = map[string]bool{"and": true, "or": true, "but": true, "so": true, "because": true, "as": true, "if": true, "when": true,
	"to": true, "for": true, "in": true, "with": true, "by": true, "on": true, "at": true, "from": true, "of": true,
	"we": true, "you": true, "it": true, "they": true, "is": true, "are": true, "was": true, "will": true, "may": true, "must": true}
