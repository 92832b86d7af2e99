package material

import "strings"

// selfReferences returns the nouns a folded sentence names the document
// by: the noun after "this", or after "this" and one English word ("this
// policy", "this Privacy Statement"), where WordNet files the noun first
// as a message or a piece of knowledge (its lexical files 10 and 9:
// "statement", "notice", "policy"), and no processor the rulebook knows
// starts with it ("this Google Payments Privacy Notice").
func (c *classifier) selfReferences(ws []string) map[string]bool {
	out, _ := c.selfNames(ws)
	return out
}

// selfNames is selfReferences, and the names of two words it found
// ("privacy notice"), keyed by the first of them.
func (c *classifier) selfNames(ws []string) (out map[string]bool, named map[string]string) {
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
			if j == i+2 {
				if named == nil {
					named = map[string]string{}
				}
				named[ws[i+1]] = ws[i+1] + " " + ws[j]
			}
		}
	}
	return out, named
}

// sameDocument returns a test for a word that names the document, where
// both sentences name it, in other words: "This policy doesn't apply" →
// "This statement doesn't apply", "this Privacy Policy" → "this Privacy
// Statement". The document is the same whatever it calls itself. Where
// only one sentence names it, no word is explained.
//
// A word one sentence puts before the noun, "this Notice" → "this Privacy
// Notice", is the document's name too where the text without it already
// calls itself by that name elsewhere (its title or a heading: "Changes
// to this Privacy Notice"), as b43-17's does: the reader knows it by both.
// Where the text never did ("this Notice" → "this Supplemental Notice",
// "this Website Notice"), the word may say the document is one of several
// or reaches less, and is left to the other rules.
func (c *classifier) sameDocument(old, new []string) func(string) bool {
	ro, no := c.selfNames(old)
	rn, nn := c.selfNames(new)
	if ro == nil || rn == nil {
		return func(string) bool { return false }
	}
	return func(w string) bool {
		if c.ix.termWord[w] || c.wordTopics(w) != "" {
			return false
		}
		if ro[w] || rn[w] {
			return true
		}
		if name, ok := nn[w]; ok && no[w] == "" {
			return c.inDocText(true, name)
		}
		if name, ok := no[w]; ok && nn[w] == "" {
			return c.inDocText(false, name)
		}
		return false
	}
}
