package material

import (
	"strings"
	"unicode"
)

// An item put into a list between two commas is one more of what the list
// lists, whatever its words: "so we can improve our product and service
// offerings, send the right marketing campaigns" → "…offerings, decide
// which discounts you are eligible for, send …" (b360-18) adds a purpose,
// though no word of it is one the rules know; they read the sentence as
// reworded. The item must be of the list's own kind: its first word of
// the same part of speech as the first word of the item after it (a verb
// among verbs, a noun among nouns). An aside between commas ("our
// partners, carefully chosen companies, help us") is not an item, nor a
// run in brackets, nor one whose words the sentence already holds.

// insertedListItem returns the item put between two commas of a list
// that old writes without it, "" where the change is no such insertion.
func (c *classifier) insertedListItem(old, new string) string {
	ow, nw := strings.Fields(old), strings.Fields(new)
	p, s, ok := insertion(ow, nw)
	run := nw[p : len(nw)-s]
	if !ok || p == 0 || s == 0 || len(run) < 2 || len(run) > 15 {
		return "" // not a run put in whole, in the middle
	}
	if !strings.HasSuffix(nw[p-1], ",") || !strings.HasSuffix(run[len(run)-1], ",") {
		return ""
	}
	for _, w := range run[:len(run)-1] {
		if strings.ContainsAny(w, ",;:.()[]") {
			return "" // a run of several clauses, or in brackets
		}
	}
	if before := strings.Join(nw[:p], " "); strings.Count(before, "(") != strings.Count(before, ")") {
		return "" // inside brackets
	}
	first, next := strings.ToLower(trimPunct(run[0])), strings.ToLower(trimPunct(nw[len(nw)-s]))
	if first == "" || next == "" || !unicode.IsLower([]rune(run[0])[0]) {
		return "" // a name, or a mark
	}
	if pos := firstPOS(first); pos == "" || pos != firstPOS(next) {
		return ""
	}
	// Words the sentence already holds say nothing new.
	had := map[string]bool{}
	for _, w := range c.ix.fold(old) {
		had[w] = true
	}
	fresh := false
	for _, w := range c.content(c.ix.fold(strings.Join(run, " "))) {
		if !had[w] {
			fresh = true
		}
	}
	if !fresh {
		return ""
	}
	return strings.TrimSuffix(strings.Join(run, " "), ",")
}

// insertion returns how many words new shares with old at its start (p)
// and at its end (s), and whether old is those words alone: new puts the
// words between them, nw[p:len(nw)-s], into old and changes nothing else.
func insertion(ow, nw []string) (p, s int, ok bool) {
	for p < len(ow) && p < len(nw) && ow[p] == nw[p] {
		p++
	}
	for s < len(ow)-p && s < len(nw)-p && ow[len(ow)-1-s] == nw[len(nw)-1-s] {
		s++
	}
	return p, s, p+s == len(ow)
}

// firstPOS is the commonest part of speech WordNet gives a word ("v" for
// "decide", "n" for "offers"), "" for a word it does not know.
func firstPOS(w string) string {
	for _, e := range wordNet().entries(w) {
		if e.pos != "" {
			return e.pos[:1]
		}
	}
	return ""
}
