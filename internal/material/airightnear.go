package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A right whose object is a person's check on what an automated system
// decided or produced ("the right to request human review of any
// AI-generated response", "to obtain human intervention", "to contest
// a decision made solely by automated means") is the right GDPR Art.
// 22(3) gives against automated decisions, and the item of Art.
// 13(2)(f): a change of what it covers ("… of any AI-generated response"
// → "… that concerns your account", b17-32) is about automated decisions
// and AI, not the rights of access or erasure the sentence's other words
// suggest.
//
// aiRight returns "ai" for a material verdict of rights whose changed
// sentence, on each side that has one, states such a right
// (automatedDecisionRight, or a right and a human check), the change
// standing within aiRightReach words of the words that name the
// automated decision or the human check. A change to another right the
// sentence lists further off ("to access your data, …, and to human
// review of automated decisions"), or in a sentence that lists other
// rights beside it, keeps rights.
func (c *classifier) aiRight(v Verdict, ch redline.Change) string {
	if v.Category != "rights" || c.rb.categoryIndex("ai") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: a human check, a person or an automated decision named.
	// (No stem has a space: none is found across the two joined.)
	if !lowerHasAny(so, "human", "automat", "person") && !lowerHasAny(sn, "human", "automat", "person") {
		return ""
	}
	fo, fn := c.ix.fold(so), c.ix.fold(sn)
	p, os, ns := changedSpan(fo, fn)
	for _, side := range []struct {
		ws  []string
		end int
	}{{fo, os}, {fn, ns}} {
		if len(side.ws) == 0 {
			continue
		}
		if !c.automatedDecisionRight(side.ws) && !(readerRight(side.ws) && humanCheckAt(side.ws) >= 0) {
			return ""
		}
		if !aiWordNear(side.ws, p, side.end) || otherRights(side.ws) >= 2 {
			return "" // "rights, like access, rectification, erasure, … and objection to automated decision-making": one of several
		}
	}
	return "ai"
}

// aiRightReach is how many words from the change the words naming the
// automated decision or the human check may stand.
const aiRightReach = 10

// readerRight reports folded words that name a right or a request of the
// reader's.
func readerRight(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "right", "rights", "request", "contest", "challenge", "object", "obtain", "ask":
			return true
		}
	}
	return false
}

// humanCheckAt returns where folded words name a person's check on an
// automated result ("human review", "human intervention", "human
// oversight", "human reviewer", "a person to review"), -1 if they do
// not.
func humanCheckAt(ws []string) int {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "human" {
			switch ws[i+1] {
			case "review", "reviews", "reviewer", "reviewers", "intervention", "oversight", "involvement", "assessment":
				return i
			}
			continue
		}
		// The same check said plainly: "a person to review", "a member
		// of staff to check it", a person (WordNet) who reviews.
		if (ws[i] == "person" || ws[i] == "staff" || personNoun(ws[i])) && personReviews(ws[i+1:min(i+4, len(ws))]) {
			return i
		}
	}
	return -1
}

// personReviews reports, in the words after a person, that the person
// reviews or checks: "to review", "who checks", "review".
func personReviews(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "review", "reviews", "check", "checks", "reconsider", "reconsiders", "assess", "assesses":
			return true
		}
	}
	return false
}

// aiWordNear reports a word naming an automated decision or a human
// check ("automated", "automatic", "decision", "ai", "human") within
// aiRightReach words of the span [from, to) of ws.
func aiWordNear(ws []string, from, to int) bool {
	for i, w := range ws {
		switch w {
		case "automated", "automatic", "automatically", "decision", "decisions", "ai", "human", "algorithm", "algorithms":
		default:
			if !strings.HasPrefix(w, "ai-") {
				continue
			}
		}
		if i >= from-aiRightReach && i < to+aiRightReach {
			return true
		}
	}
	return false
}

// otherRights counts the rights other than those against automated
// decisions that folded words name: access, rectification, erasure,
// portability, restriction.
func otherRights(ws []string) int {
	var seen [5]bool
	for _, w := range ws {
		switch {
		case w == "access":
			seen[0] = true
		case strings.HasPrefix(w, "rectif") || strings.HasPrefix(w, "correct"):
			seen[1] = true
		case w == "erasure" || strings.HasPrefix(w, "delet") || w == "erase":
			seen[2] = true
		case strings.HasPrefix(w, "portab"):
			seen[3] = true
		case strings.HasPrefix(w, "restrict"):
			seen[4] = true
		}
	}
	n := 0
	for _, b := range seen {
		if b {
			n++
		}
	}
	return n
}
