package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A line that opens with a right's name states that right, whatever it
// goes on to name: "- Right to Access (Art. 15): Request a copy of your
// personal data …" removed takes a right away, not a kind of data (its
// article's number is no figure of the data); "- the right to restrict our
// use of your personal information" → "…, provided that your account is in
// good standing" puts a condition on the right, not on a use; "Right to
// Opt-Out: Opt out of the "sale" or "sharing" of personal information
// where technically feasible" hedges the right, not the sharing (rt2's
// probes of the seeds: 23 such edits filed under data, purposes, legal
// basis, recipients or transfers). What a right gives and on what terms is
// the rights category's (GDPR Art. 13(2)(b), Art. 15-22). rightLabelled
// reads the same of a bold label; this reads the plain name at the head of
// the line, as the seeds and most policies write their rights lists.
//
// rightNamed returns "rights" for a material verdict (of rights already,
// so that no later reader refiles it: "Withdraw consent … where processing
// is based on consent where technically feasible" is a condition on the
// withdrawal, not a term of the consent) whose change's every line, on each side that has text, opens with a
// right's name (rightNameRE), and, for a replacement, whose changed
// sentences open with it too: a second sentence of the line ("Right to
// Access: … We share your data with Google.") is judged as itself. A name
// added or removed (a party, a place) keeps its kind; a right against
// automated decisions stays AI's, a child's stays children's.
func (c *classifier) rightNamed(v Verdict, ch redline.Change) string {
	if !v.Material || v.Category == "ai" || v.Category == "children" ||
		c.rb.categoryIndex("rights") < 0 || strings.HasSuffix(v.Rule, ".entity") {
		return ""
	}
	// Cheap test: the word opens a line of each side that has text.
	if ch.Old != "" && !containsFold(ch.Old, "right") || ch.New != "" && !containsFold(ch.New, "right") {
		return ""
	}
	for _, text := range []string{ch.Old, ch.New} {
		if !rightLines(text) {
			return ""
		}
	}
	if ch.Old != "" && ch.New != "" {
		so, sn := c.changedSentences(ch.Old, ch.New)
		for _, side := range [2][2]string{{ch.Old, so}, {ch.New, sn}} {
			for _, s := range sentences(side[1]) {
				if !inRightSentence(side[0], s) {
					return ""
				}
			}
		}
	}
	return "rights"
}

// inRightSentence reports that sentence s of text stands in the first
// sentence of its line, the one the right's name opens: no sentence ends
// between the line's start and s but at an abbreviation of a citation
// ("Right to Data Portability (Art. 20): Receive …" is one sentence,
// however the full stop of "Art." cuts it).
func inRightSentence(text, s string) bool {
	i := strings.Index(text, s)
	if i < 0 {
		return false
	}
	before := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	before = citationAbbrevRE.ReplaceAllString(before, "")
	return !strings.ContainsAny(before, ".;!?")
}

// citationAbbrevRE is the full stop of an abbreviation that cites a
// provision: "Art. 15", "Arts. 15-22", "Sec. 1798.100", "No. 2".
var citationAbbrevRE = mustPattern(`(?i)\b(?:art|arts|sec|secs|para|no|cf)\.\s`)

// rightLines reports every non-blank line of text opening with a right's
// name; an empty text (the side a line was added to or removed from) has
// none to contradict it.
func rightLines(text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) != "" && !rightNameRE.MatchString(line) {
			return false
		}
	}
	return true
}

// rightNameRE is a line opening, after a list's mark or number and any
// bold, with a right by its name: "Right to Erasure", "the right to be
// forgotten", "Right of access", "Rights related to automated processing".
// "You have the right to" opens a grant, not a name, and is rightObject's
// and rightHolder's to read.
var rightNameRE = mustPattern(`(?i)^\s*(?:[*+-]|\d+[.)])?\s*(?:\*\*|__)?\s*(?:the\s+)?rights?\s+(?:to|of|related\s+to)\s+\w`)
