package material

import "strings"

// A noun joined by "and" to a compound can share the compound's first
// word: "call logs and recordings" lists call recordings beside call
// logs, and so names a kind of data that "call logs" alone does not, even
// where "voicemail recordings" stands in the same list (b240-04). The
// bare noun ("recordings") is a word the list already has, and a word-level
// comparison finds nothing new; said with the word it shares ("call
// recordings") it is the term of the rulebook it names.

// elidedModifiers returns text with each noun joined by "and" to a
// compound of two words, where other does not join them so, written with
// the compound's first word when text does not write the two together and
// they make a term of the rulebook, or other writes them and the compound
// both ("call logs, call recordings"): "call logs and recordings" → "call
// logs and call recordings". It returns text as it is when there is none.
func (c *classifier) elidedModifiers(text, other string) string {
	if len(text) > maxReread || !strings.Contains(text, " and ") {
		return text
	}
	ws := strings.Fields(text)
	changed := false
	for i := 2; i+1 < len(ws); i++ {
		if ws[i] != "and" {
			continue
		}
		mod, head := ws[i-2], ws[i-1]
		next := strings.TrimRight(ws[i+1], ",.;:")
		if !plainWord(mod) || !plainWord(head) || !plainWord(next) || strings.Contains(other, head+" and "+next) ||
			c.ix.grammar[strings.ToLower(mod)] || c.ix.grammar[strings.ToLower(head)] || !nounOrPlural(next) {
			continue
		}
		phrase := mod + " " + next
		if containsFold(text, phrase) || !(containsFold(other, phrase) && containsFold(other, mod+" "+head)) && !c.namesTerm(phrase) {
			continue
		}
		ws[i+1] = mod + " " + ws[i+1]
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(ws, " ")
}

// nounOrPlural reports a word WordNet first reads as a noun, as it is or
// without a plural's "s".
func nounOrPlural(w string) bool {
	w = strings.ToLower(w)
	return isNoun(w) || strings.HasSuffix(w, "s") && isNoun(w[:len(w)-1])
}

// plainWord reports a word of ASCII letters only.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLetterByte(w[i]) {
			return false
		}
	}
	return true
}

// namesTerm reports a phrase that is, whole, a term of the rulebook that
// is not a weak word.
func (c *classifier) namesTerm(phrase string) bool {
	f := c.ix.fold(phrase)
	for _, h := range c.ix.strongHits(f) {
		if h.j == 0 && len(c.ix.terms[h.k][h.i]) == len(f) && len(f) > 1 {
			return true
		}
	}
	return false
}
