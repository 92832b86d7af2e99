package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// An automated system's decision put beyond a person's check, or brought
// back under one, is the automated decision-making GDPR Art. 22 and
// 13(2)(f) are about, whatever the system decides on: "We may also use
// generative artificial intelligence in responding to your support
// related requests" → "… to respond to and resolve your support related
// requests without human review, including decisions on refunds and
// account reinstatement" (b54-29) makes an AI decide refunds alone, though
// the sentence's other words are of requests, a right's. The words
// changed say so: a check by a person ("without human review", "human
// intervention") or a decision said to be automated, added or dropped.
// A change elsewhere in a sentence that names the check on both sides
// ("… without human review, within 30 days" → "… within 14 days") keeps
// its own category.
//
// humanCheck returns "ai" for a material verdict of another category, not
// of a name or a number, whose words removed or added, humanCheckSpan at
// most, name a person's check on an automated decision, or such a
// decision (humanCheckRE); "" otherwise.
func (c *classifier) humanCheck(v Verdict, ch redline.Change) string {
	if v.Category == "ai" || v.Category == "children" || namesOwnFact(v.Rule) || c.rb.categoryIndex("ai") < 0 {
		return ""
	}
	if !containsJoined(ch.Old, ch.New, "human") && !containsJoined(ch.Old, ch.New, "utomat") {
		return "" // the cheap test
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	removed, added := c.writtenWords(so, sn)
	if len(removed)+len(added) > humanCheckSpan {
		return "" // a paragraph rewritten, of many rights or uses, one of them this
	}
	for _, ws := range [][]string{removed, added} {
		if humanCheckRE.MatchString(strings.Join(ws, " ")) {
			return "ai"
		}
	}
	return ""
}

// humanCheckRE is a person's check on an automated decision, or a
// decision said to be made by automated means alone.
var humanCheckRE = mustPattern(`\b(?:without|no|any)\s+human\s+(?:review|intervention|oversight|involvement|input)\b|\bhuman\s+(?:review|intervention|oversight|involvement)\s+of\b|\bsolely\s+(?:by\s+)?automated\b|\bautomated\s+decisions?\b`)

// humanCheckSpan is the most words a change may remove and add together
// for the check it names to be what changed: a paragraph rewritten names
// many things.
const humanCheckSpan = 40
