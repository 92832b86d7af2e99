package material

// indefinites are the pronouns that stand for a thing or a person left
// open: "a picture of something else", "anyone you choose".
var indefinites = map[string]bool{"something": true, "anything": true, "someone": true, "anyone": true,
	"somebody": true, "anybody": true, "whatever": true}

// illustrators open what illustrates an indefinite pronoun: "something
// else like your spirit animal", "something else that represents you".
var illustrators = map[string]bool{"like": true, "such": true, "that": true, "which": true, "who": true}

// illustrationOnly reports two texts, folded, that differ only in what
// illustrates an indefinite pronoun ("a picture of something else like
// your spirit animal" → "… something else that represents you best"): the
// pronoun leaves the thing open on both sides, and the words after it only
// colour it. The illustration must be ordinary words, a few of them, with
// no force, number or word of any category's vocabulary: "something else
// that we share with advertisers" or "anything that identifies you" says
// what is done or collected, and is compared as written.
func (c *classifier) illustrationOnly(old, new []string) bool {
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	if p == 0 || p == len(old) && p == len(new) {
		return false
	}
	at := p - 1
	if old[at] == "else" && at > 0 {
		at--
	}
	if !indefinites[old[at]] {
		return false
	}
	s := 0
	for s < len(old)-p && s < len(new)-p && old[len(old)-1-s] == new[len(new)-1-s] {
		s++
	}
	mo, mn := old[p:len(old)-s], new[p:len(new)-s]
	ok := func(m []string) bool {
		if len(m) == 0 {
			return true
		}
		if len(m) > 8 || !illustrators[m[0]] {
			return false
		}
		for _, w := range m {
			if c.forceAlone(w) || isNumber(w) || c.ix.number[w] {
				return false
			}
			if pronouns[w] || c.ix.grammar[w] || illustrators[w] {
				continue
			}
			if !c.english(w) || c.ix.termWord[w] || c.wordTopics(w) != "" {
				return false
			}
		}
		return true
	}
	return ok(mo) && ok(mn)
}
