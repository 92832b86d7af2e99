package material

import (
	"slices"
	"strings"
)

// "To ensure security" → "To keep the Service secure" (b66-33) says one
// thing in two grammars: a quality named by its noun ("security",
// "confidentiality", "accuracy") and the same quality by its adjective
// kept on a thing. Neither keeps data for any time: "keep" with an
// adjective after its object ("keep it secure", "keep your details
// accurate") holds a thing in a state, as "make" puts it in one, and is
// no verb of retention (keptstate.go reads the passive, "is kept
// secure"). The plain-language rewriter turns the noun into
// the adjective and needs a verb to carry it; "keep" is the commonest.
//
// stateNouns reads, in two word lists, a noun WordNet derives from an
// adjective as that adjective, where the other list says the adjective
// and not the noun (as actNouns reads the noun of an act as its verb);
// and "keep" (any form) whose object is followed by an adjective as
// "maintain", where the other list says nothing of retention: "we keep
// your data secure for 30 days" beside "we keep your data for 30 days"
// still keeps data, and beside "we delete your data" still deletes it.
func (c *classifier) stateNouns(a, b []string) ([]string, []string) {
	return c.statesRead(a, b), c.statesRead(b, a)
}

func (c *classifier) statesRead(ws, other []string) []string {
	var out []string
	set := func(i int, w string) {
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = w
	}
	retains := -1 // whether other says anything of retention, asked at the first "keep"
	for i, w := range ws {
		if keepForms[w] && retains < 0 {
			retains = 0
			if slices.ContainsFunc(other, func(w string) bool { return c.wordTopics(w) == "retention" }) {
				retains = 1
			}
		}
		if keepForms[w] && retains == 0 && stateComplement(ws, i) {
			set(i, "maintain")
			continue
		}
		if len(w) < 6 || slices.Contains(other, w) || !strings.HasSuffix(w, "ity") && !strings.HasSuffix(w, "ness") && !strings.HasSuffix(w, "cy") {
			continue
		}
		for _, e := range wordNet().entries(w) {
			if e.pos[0] != 'n' {
				continue
			}
			for _, f := range e.family {
				if slices.Contains(other, f) && !slices.Contains(ws, f) && hasAdjective(f) {
					set(i, f)
				}
			}
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// keepForms are the forms of "keep", the one verb of retention English
// also uses for holding a thing in a state.
var keepForms = map[string]bool{"keep": true, "keeps": true, "kept": true, "keeping": true}

// stateComplement reports the verb at ws[i] followed by its object (a
// determiner, a pronoun or nouns, at most four words) and then a word
// WordNet has an adjective of that closes the clause, or is joined to
// another, or is followed by a verb or an adverb: "keep [the Service]
// secure, prevent fraud", "kept [it] confidential". "keep your personal
// data" goes on with a noun, and "keep it secure for 30 days" names a
// period too.
//
// The object must hold more than a determiner ("keep your content" keeps
// content: "your" is no object a state is said of), and the word after
// it must be an adjective in its own right: "number" is one only as
// "numb"'s comparative, so "keep your card number" keeps a number.
func stateComplement(ws []string, i int) bool {
	head := false // the object so far holds a noun or a pronoun
	for j := i + 1; j < len(ws) && j <= i+5; j++ {
		w := ws[j]
		if head && ownAdjective(w) {
			if j+1 == len(ws) || ws[j+1] == "and" || ws[j+1] == "or" {
				return true
			}
			if e := wordNet().entries(ws[j+1]); len(e) > 0 && e[0].pos[0] != 'n' && !hasAdjective(ws[j+1]) {
				return true
			}
		}
		if !objectWord(w) {
			return false
		}
		head = head || !objectOpeners[w]
	}
	return false
}

// objectOpeners open an object without being one: "keep your" is not
// yet a thing kept ("this" and "those" may be the thing itself).
var objectOpeners = map[string]bool{"your": true, "the": true, "their": true, "our": true, "its": true,
	"all": true, "any": true, "such": true, "a": true, "an": true, "my": true, "his": true, "her": true}

// ownAdjective reports a word WordNet has an adjective of whose lemma is
// the word itself, not an inflection of another ("number" of "numb").
func ownAdjective(w string) bool {
	return slices.ContainsFunc(wordNet().entries(w), func(e lexEntry) bool {
		return e.lemma == w && strings.ContainsAny(e.pos, "as")
	})
}

// hasAdjective reports a word WordNet has an adjective of: "secure" is
// mostly a verb, and an adjective too.
func hasAdjective(w string) bool {
	return slices.ContainsFunc(wordNet().entries(w), func(e lexEntry) bool { return strings.ContainsAny(e.pos, "as") })
}
