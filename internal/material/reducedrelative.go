package material

import "strings"

// A clause saying which ones a noun names may be written with a verb or
// with the adjective made of it: "the standard contractual clauses
// applicable in the United Kingdom" → "… clauses that apply in the United
// Kingdom" (b45-31) names the same clauses, as "the data usable for
// research" and "the data that can be used for research" do. Such a
// clause is reworded, not added: relativeClauseChanged reads the verb as
// said by the other side.
//
// So may a clause of a verb be written as its participle right after the
// noun, a relative clause reduced: "Processing based on our legitimate
// interests" → "Processing that relies on our legitimate interests"
// (b79-24) names the same processing, as "the vendors located in the EU"
// and "the vendors that are located in the EU" do. The clause is
// reworded, not added: what it says is compared as any reworded words
// are, a modal or a hedge in it ("that may rely on") as a force word, its
// object ("on your consent") as a word of the commitment.

// adjectiveOf reports whether adj is the "-able" or "-ible" adjective of
// the verb: "applicable" of "apply", "usable" of "use", "reliable" of
// "rely".
func adjectiveOf(adj, verb string) bool {
	if len(verb) < 3 || !strings.HasSuffix(adj, "able") && !strings.HasSuffix(adj, "ible") {
		return false
	}
	stem := strings.TrimRight(verb, "ey")
	if len(stem) < 2 || !strings.HasPrefix(adj, stem) {
		return false
	}
	switch rest := adj[len(stem):]; rest {
	case "able", "ible", "iable", "icable", "eable":
		return true
	}
	return false
}

// participleAfter reports a position j of a sentence of n words at which
// the noun stands (at(j)) and a past participle follows it, before a
// preposition or an article: "processing based on", "vendors located
// in", "data held by". A participle that points into the text ("listed
// below") is none.
func (c *classifier) participleAfter(at func(int) bool, word func(int) string, n int) bool {
	for j := 0; j+2 < n; j++ {
		if !at(j) {
			continue
		}
		p := word(j + 1)
		if pointerParticiples[p] || !c.ix.grammar[word(j+2)] {
			continue
		}
		if _, ok := participles[p]; ok || len(p) > 4 && strings.HasSuffix(p, "ed") && lexPOS(p, 'v') {
			return true
		}
	}
	return false
}
