package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A paragraph that opens by naming an automated analysis ("Automated
// analysis of Members' Profile Photos in order to detect faces …") and
// then says what it does to the reader ("You will not be able to create an
// account if your face cannot be detected in one of your Profile Photos")
// states a decision made by automated means with effect on them, the item
// of GDPR Art. 13(2)(f): a change of when the system refuses ("in one of"
// → "in each of", b55-45, read legal basis from the heading "Legal basis:
// Legal obligation") is about automated decisions, not the ground the
// heading names.
//
// automatedOutcome returns "ai" for a material verdict of legal basis or
// purposes whose block opens with an automated analysis, processing or
// decision (its first sentence: "automated analysis of …", not data
// "automatically collected") and whose changed sentence, on each side
// that has one, says the reader ("you") is refused, blocked or cannot act. A
// change to the ground itself ("legal obligation" → "legitimate
// interests") names the ground in the changed sentence and keeps its
// category, as does a sentence that refuses nothing.
func (c *classifier) automatedOutcome(v Verdict, ch redline.Change) string {
	if v.Category != "legal-basis" && v.Category != "purposes" || c.rb.categoryIndex("ai") < 0 {
		return ""
	}
	if !containsFold(ch.Old, "automated") && !containsFold(ch.New, "automated") {
		return "" // the cheap test: the first sentences below must say it
	}
	first := func(s string) string {
		if ss := sentences(s); len(ss) > 0 {
			return strings.ToLower(ss[0])
		}
		return ""
	}
	fo, fn := first(ch.Old), first(ch.New)
	if !strings.Contains(fo+fn, "automated") {
		return ""
	}
	auto := func(f string) bool { return f == "" || automatedActRE.MatchString(f) }
	if !auto(fo) || !auto(fn) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	for _, s := range []string{so, sn} {
		if s == "" {
			continue
		}
		l := strings.ToLower(s)
		if fo == l || fn == l {
			return "" // the opening sentence itself changed: what is analysed, or why
		}
		if !refusalRE.MatchString(l) || !readerRE.MatchString(l) || groundRE.MatchString(l) {
			return ""
		}
	}
	return "ai"
}

var (
	// automatedActRE: an automated act that decides ("automated analysis
	// of …", "automated decision-making"), not data "automatically
	// collected".
	automatedActRE = mustPattern(`\bautomated\s+(?:[\w-]+\s+){0,2}?(?:analysis|processing|decisions?|decision-making|screening|scoring|detection|review|checks?|moderation|verification)\b`)
	// readerRE: the sentence speaks to the reader.
	readerRE = mustPattern(`\b(?:you|your)\b`)
	// refusalRE: the reader refused, blocked or unable to act.
	refusalRE = mustPattern(`\b(?:will not be able to|won't be able to|cannot|can't|unable to|not be permitted to|not be allowed to|refuse[sd]?|reject(?:s|ed)?|block(?:s|ed)?|suspend(?:s|ed)?|prevent(?:s|ed)?)\b`)
	// groundRE: a legal ground named.
	groundRE = mustPattern(`\b(?:legitimate interests?|legal obligations?|consent|contract|vital interests?|public interest)\b`)
)
