package material

import (
	"slices"
)

// pairedVerbCategory says what a change is about when all it does is take a
// verb from, or add one to, a pair of verbs joined by "or" or "and" ("collect
// or store this information" → "collect this information"): the act dropped
// or added is what changed, and its category is the verb's own (storing is
// retention, sharing is recipients), whatever the verb it was paired with
// names. A noun dropped from a pair ("your name or address") is no act.
func (c *classifier) pairedVerbCategory(old, new string) string {
	fOld, fNew := c.ix.fold(old), c.ix.fold(new)
	removed, added := diffWords(fOld, fNew)
	item := removed
	if len(removed) == 0 {
		item = added
	} else if len(added) > 0 {
		return ""
	}
	var verb string
	joined := false
	for _, w := range item {
		switch {
		case w == "or" || w == "and":
			joined = true
		case verb != "":
			return "" // more than one word: not a verb of a pair
		default:
			verb = w
		}
	}
	if !joined || verb == "" {
		return ""
	}
	hits := c.ix.strongHits([]string{verb})
	if len(hits) == 0 || slices.ContainsFunc(hits, func(h termHit) bool { return h.k != hits[0].k }) {
		return ""
	}
	e := wordNet().entries(c.ix.terms[hits[0].k][hits[0].i][0])
	if len(e) == 0 || e[0].pos[0] != 'v' {
		return ""
	}
	return c.rb.Categories[hits[0].k].ID
}
