package material

import (
	"strings"
)

// partiesApart returns the word for people traded and the word put for
// it, and a sentence of the old policy that names both apart, where a
// rewording trades one word for people for another (removed and added one
// word each) that the policy itself speaks of as different people: omnie's
// "Client systems … collect and store customer data" has clients (the
// shops) and customers (the shoppers), so "does not use customer data" →
// "does not use client data" says the promise of other people's data
// (b178-46, b304-45), though a dictionary gives the two words one sense.
// Two words written as one ("the user/subscriber", "clients or
// customers") name the same people and prove nothing, and so does a
// sentence that named the others already. "" when the words
// are not both people, or no sentence names them apart.
func (c *classifier) partiesApart(removed, added []string, old string) (from, to, said string) {
	if len(removed) != 1 || len(added) != 1 {
		return "", "", ""
	}
	a, b := singularNoun(removed[0]), singularNoun(added[0])
	if a == b || !c.peopleWord(a) || !c.peopleWord(b) {
		return "", "", ""
	}
	for _, w := range plainWords(old) {
		if singularNoun(w) == b {
			// The sentence named the others already: "External users
			// are users of Kinde's customers" → "customers of Kinde's
			// customers" says again who they are (kinde-oss 034).
			return "", "", ""
		}
	}
	if said := c.apart(true, a, b); said != "" {
		return removed[0], added[0], said
	}
	return "", "", ""
}

// apartText is apart's answer: the first sentence of the old (or new)
// text that names a and b apart, trimmed.
func (c *classifier) apartText(old bool, a, b string) string {
	s := c.side(old)
	doc := s.lowered(c.ix)
	if !hasWordAt(doc, a) && !hasWordAt(doc, a+"s") || !hasWordAt(doc, b) && !hasWordAt(doc, b+"s") {
		return "" // cheap: most policies never write one of them
	}
	for _, blk := range s.blocks {
		for _, sent := range sentences(blk.Text) {
			if apart(plainWords(sent), a, b) {
				return strings.TrimSpace(sent)
			}
		}
	}
	return ""
}

// peopleWord reports a singular noun for people the policy serves or
// speaks of: a customer, client, user or consumer, or WordNet's
// noun.person ("member", "subscriber", "shopper").
func (c *classifier) peopleWord(w string) bool {
	if clienteleNouns[w] {
		return true
	}
	if pronouns[w] || c.ix.termWord[w] {
		return false
	}
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile == 18
}

// apart reports words that name a and b (each singular or plural), not
// written as one: "client/customer" and "clients or customers" are one
// party named twice.
func apart(ws []string, a, b string) bool {
	ia, ib := -1, -1
	for i, w := range ws {
		switch singularNoun(w) {
		case a:
			ia = i
		case b:
			ib = i
		}
	}
	if ia < 0 || ib < 0 {
		return false
	}
	lo, hi := min(ia, ib), max(ia, ib)
	return hi-lo > 2 || hi-lo == 2 && ws[lo+1] != "or"
}
