package material

// clauseHead: a clause saying which ones is said of the head of a noun
// phrase, not of the last noun before it: in "the setting on your browser
// that enables you to decline the cookies" the clause says which setting.
// Written "the browser setting that lets you decline them", the clause is
// kept, on the same head (b41-35); relativeClauseChanged must not read it
// as dropped from "browser". Dropped from the phrase, it still is.

// phraseReach is how many words before the last noun a head of its
// phrase may stand ("setting on your browser").
const phraseReach = 4

// phraseHeadBefore reports w, a noun, among the words of a phrase
// before a clause's last noun (before, nearest first), joined to that
// noun by a preposition: "setting on your browser".
func (c *classifier) phraseHeadBefore(before []string, w string) bool {
	if c.ix.grammar[w] || pronouns[w] || !lexPOS(w, 'n') {
		return false
	}
	for k := 1; k < len(before); k++ {
		if inflectionStem(before[k]) == inflectionStem(w) && isLinkPreposition(before[k-1]) {
			return true
		}
	}
	return false
}
