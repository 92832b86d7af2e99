package material

import "strings"

// selfReferences returns the nouns a folded sentence names the document
// by: the noun after "this", or after "this" and one English word ("this
// policy", "this Privacy Statement"), where WordNet files the noun first
// as a message or a piece of knowledge (its lexical files 10 and 9:
// "statement", "notice", "policy"), and no processor the rulebook knows
// starts with it ("this Google Payments Privacy Notice").
func (c *classifier) selfReferences(ws []string) map[string]bool {
	var out map[string]bool
	wn := wordNet()
	document := func(w string) bool {
		if len(c.ix.entityByFirst[strings.ToUpper(w[:1])+w[1:]]) > 0 {
			return false
		}
		e := wn.entries(w)
		return len(e) > 0 && e[0].pos[0] == 'n' && (e[0].lexfile == 10 || e[0].lexfile == 9)
	}
	for i, w := range ws {
		if w != "this" || i+1 == len(ws) {
			continue
		}
		j := i + 1
		if !document(ws[j]) && j+1 < len(ws) && c.english(ws[j]) && !c.ix.grammar[ws[j]] {
			j++
		}
		if document(ws[j]) {
			if out == nil {
				out = map[string]bool{}
			}
			out[ws[j]] = true
		}
	}
	return out
}

// sameDocument returns a test for a word that names the document, where
// both sentences name it, in other words: "This policy doesn't apply" →
// "This statement doesn't apply", "this Privacy Policy" → "this Privacy
// Statement". The document is the same whatever it calls itself. Where
// only one sentence names it, no word is explained.
func (c *classifier) sameDocument(old, new []string) func(string) bool {
	ro, rn := c.selfReferences(old), c.selfReferences(new)
	if ro == nil || rn == nil {
		return func(string) bool { return false }
	}
	return func(w string) bool { return (ro[w] || rn[w]) && !c.ix.termWord[w] && c.wordTopics(w) == "" }
}
