package material

import (
	"slices"
	"strings"
)

// selfReferences returns the nouns a folded sentence names the document
// by: the noun after "this", or after "this" and one English word ("this
// policy", "this Privacy Statement"), or after "the revised" and the like
// ("the revised policy", "our updated Privacy Notice"), where WordNet files the noun first
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
		if i+1 == len(ws) || w != "this" && !(revisedDoc[w] && i > 0 && (ws[i-1] == "the" || ws[i-1] == "our")) {
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
	if ro == nil && rn != nil {
		return c.documentOf(old, new, rn, nn)
	}
	if rn == nil && ro != nil {
		return c.documentOf(new, old, ro, no)
	}
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
			return c.inDoc(true, name)
		}
		if name, ok := no[w]; ok && nn[w] == "" {
			return c.inDoc(false, name)
		}
		return false
	}
}

// revisedDoc holds the words that, after "the" or "our", name the
// document in its new version: "acceptance of the revised policy".
var revisedDoc = map[string]bool{"revised": true, "updated": true, "amended": true, "current": true}

// documentOf is sameDocument where only one sentence names the document:
// the words of a phrase "of this …" that names it, put after a noun the
// other sentence has too, where the name is the one the document goes by
// ("The most up to date version will be published" → "The most up to
// date version of this privacy policy will be published", b271-10). The
// version was this document's before it was named. Another document
// ("of our cookie policy", "of this cookie notice" where the document
// never calls itself that) is left to the other rules.
func (c *classifier) documentOf(bare, named []string, refs map[string]bool, names map[string]string) func(string) bool {
	var words map[string]bool
	for i := 1; i+2 < len(named); i++ {
		if named[i] != "of" || named[i+1] != "this" || !slices.Contains(bare, named[i-1]) || c.ix.grammar[named[i-1]] {
			continue
		}
		if hasWordAt(strings.Join(bare, " "), strings.Join(named[i-1:i+2], " ")) {
			continue
		}
		span := named[i : i+3]
		if name, ok := names[named[i+2]]; ok {
			if i+3 >= len(named) || !refs[named[i+3]] || !c.inDoc(true, name) && !c.inDoc(false, name) {
				continue
			}
			span = named[i : i+4]
		} else if !refs[named[i+2]] {
			continue
		}
		if words == nil {
			words = map[string]bool{}
		}
		for _, w := range span {
			words[w] = true
		}
	}
	return func(w string) bool { return words[w] && !c.ix.termWord[w] && c.wordTopics(w) == "" }
}
