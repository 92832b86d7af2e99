package material

import "slices"

// A commitment said to hold as a rule holds with exceptions: "OmniCRM
// does not store payment card information" → "… does not, as a general
// rule, store …" (b162-04). The rules list the adverbs of generality
// ("generally", "usually") and a few set phrases ("in most cases", "as a
// rule"), but a writer builds such a phrase from its parts: "for the most
// part", "on the whole", "in the vast majority of cases", "with rare
// exceptions", "in the normal course of business". generalityAt reads the
// shape, not the phrase: a preposition, then only words of generality,
// number or occasion, with one that says the statement is general or
// admits exceptions. fold writes each such phrase as the adverb of its
// class, so the force rules read it as they read "generally", and one
// phrase traded for another is no change.

// generalityPreps open a phrase of generality.
var generalityPreps = map[string]bool{"as": true, "for": true, "on": true, "in": true, "by": true, "with": true}

// generalityHeads say that a statement holds in general, mostly, or with
// exceptions.
var generalityHeads = map[string]bool{
	"rule": true, "most": true, "majority": true, "whole": true, "large": true,
	"usual": true, "typical": true, "normal": true, "ordinary": true, "general": true,
	"rare": true, "exceptional": true, "exception": true, "exceptions": true,
}

// generalityFill may stand between the preposition and the end of the
// phrase: articles, words of degree, and nouns of occasion.
var generalityFill = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "of": true, "all": true, "nearly": true, "almost": true, "virtually": true,
	"vast": true, "great": true, "overwhelming": true, "very": true, "few": true, "some": true, "limited": true,
	"part": true, "matter": true, "course": true,
	"case": true, "cases": true, "instance": true, "instances": true, "circumstance": true, "circumstances": true,
	"situation": true, "situations": true, "occasion": true, "occasions": true,
}

// generalityEnds may close the phrase: a noun of occasion, or a head that
// is used as one ("on the whole", "as a rule", "by and large").
var generalityEnds = map[string]bool{
	"rule": true, "part": true, "whole": true, "large": true, "majority": true, "exceptions": true, "exception": true,
	"case": true, "cases": true, "instance": true, "instances": true, "circumstance": true, "circumstances": true,
	"situation": true, "situations": true, "occasion": true, "occasions": true, "course": true,
}

// generalityAt returns the length of a phrase of generality that opens at
// ws[i] ("as a general rule", "for the most part", "in the normal course
// of business"), or 0. The phrase ends at a noun of occasion or a head
// said as one; a noun of another kind after it ("for most users", "in the
// majority of countries") makes it no such phrase.
func generalityAt(ws []string, i int) int {
	if !generalityPreps[ws[i]] {
		return 0
	}
	head := false
	for j := i + 1; j < len(ws) && j <= i+7; j++ {
		w := ws[j]
		if generalityHeads[w] || w == "all" && (ws[j-1] == "nearly" || ws[j-1] == "almost" || ws[j-1] == "virtually") {
			head = true // "in nearly all cases"
		} else if !generalityFill[w] {
			return 0
		}
		if !head || !generalityEnds[w] {
			continue
		}
		if w == "large" && ws[j-1] != "and" {
			return 0 // "by and large", not "by large language models" (b287-24)
		}
		if w == "course" && j+2 < len(ws) && ws[j+1] == "of" && (ws[j+2] == "business" || ws[j+2] == "things") {
			return j + 3 - i // "in the ordinary course of business"
		}
		if j+1 < len(ws) && ws[j+1] == "of" {
			continue // "the majority of cases", not "the majority of users"
		}
		return j + 1 - i
	}
	return 0
}

// generalityFolded writes each phrase of generality in ws as the one
// adverb of its class, "generally" or "occasionally", so that one such
// phrase traded for another ("as a rule" → "as a general rule", "in most
// cases" → "in the majority of cases") is the same words, and the rest of
// the rules do not read "general" or "majority" as a word of scope. ws is
// written over; the phrase is never shorter than its adverb.
func (ix *index) generalityFolded(ws []string) []string {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		n := 0
		if generalityPreps[ws[i]] {
			n = generalityAt(ws, i)
		}
		if n == 0 {
			out = append(out, ws[i])
			continue
		}
		adverb := "generally"
		if ws[i] != "with" && (slices.Contains(ws[i:i+n], "rare") || slices.Contains(ws[i:i+n], "exceptional")) {
			adverb = "occasionally" // "in rare cases"
		}
		if c, ok := ix.canonWords[adverb]; ok && len(c) == 1 {
			adverb = c[0]
		}
		out = append(out, adverb)
		i += n - 1
	}
	return out
}
