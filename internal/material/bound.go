package material

import "slices"

// copulas are the verbs that make "subject to" a predicate: "staff are
// subject to", "they remain subject to".
var copulas = map[string]bool{"is": true, "are": true, "be": true, "been": true, "being": true, "remain": true, "remains": true, "was": true, "were": true}

// partyPronouns stand for people in the clause: "staff who are subject
// to", "they are subject to".
var partyPronouns = map[string]bool{"who": true, "they": true, "we": true, "he": true, "she": true}

// subjectToBound returns folded words with each "subject to" said of
// people written "bound by": "all staff are subject to non-disclosure
// agreements" is "every member of staff is bound by a non-disclosure
// agreement". What people are subject to binds them; it is no exception
// to what the company commits to, as "subject to our legal obligations"
// after a promise is, or "your right is subject to exemptions" (a right,
// not a person, is subject). Only the predicate of a person or a group
// (WordNet's noun.person, noun.group outside the categories' vocabulary:
// "staff", "personnel", not "data") is rewritten. ws is not changed.
func (c *classifier) subjectToBound(ws []string) []string {
	var out []string
	for i := 2; i+1 < len(ws); i++ {
		if ws[i] != "subject" || ws[i+1] != "to" || !copulas[ws[i-1]] || !c.party(ws[i-2]) {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i], out[i+1] = "bound", "by"
	}
	if out == nil {
		return ws
	}
	return out
}

// party reports a word that names people: a pronoun for them, or a noun
// WordNet files first under noun.person ("employees", "contractors") or,
// outside the categories' vocabulary, noun.group ("staff", "personnel").
func (c *classifier) party(w string) bool {
	if partyPronouns[w] {
		return true
	}
	e := wordNet().entries(w)
	if len(e) == 0 || e[0].pos[0] != 'n' {
		return false
	}
	return e[0].lexfile == 18 || e[0].lexfile == 14 && !c.vocabularyWord(w)
}
