package material

import (
	"github.com/redline-legal/redline/internal/redline"
)

// A sentence added or removed whole that commits to telling the reader of
// a change of the policy is the change-notice policy, though it names the
// policy only by a pronoun and tells in no word a category knows: the
// Omnis seed's "This privacy policy was most recently updated in May
// 2018. If we make changes to it, then we will take appropriate steps to
// bring those changes to your attention." lost its second sentence and
// read "Wording not about personal data". policySelf already reads a
// reworded sentence so; this reads one added or removed, where its
// paragraph names the policy, the sentence says a change (policySelf's
// verbs) and tells the reader (noticeTellRE, or the idiom of bringing or
// drawing a thing to the reader's attention: a closed class of two
// idioms). A dateline ("was most recently updated in May 2018") tells no
// one and stays what it is.

// attentionTellRE is the idiom of telling by bringing or drawing a thing
// to the reader's attention, or by sending the reader where the changes
// are shown: "Please refer to the git history for this document to view
// the changes" (npm's security policy) tells the reader where to learn of
// a change, as "we will post the changes on this page" does.
var attentionTellRE = mustPattern(`(?i)\b(?:bring|bringing|brought|draw|drawing|drew|call|calling)\b[^.;]{0,40}\byour attention\b|` +
	`\b(?:refer to|see|check|consult|visit)\b[^.;]{0,80}\bto (?:view|see|review|read|find) (?:the|any|those|these|all|its|our) changes\b`)

// changeToldWhole reports a sentence added or removed whole (one side's
// changed sentences empty) that tells the reader of a change of the
// policy its paragraph names.
func (c *classifier) changeToldWhole(ch redline.Change, ctxOld, ctxNew string) bool {
	para, s := ch.Old, ctxOld
	if ctxOld == "" {
		para, s = ch.New, ctxNew
	} else if ctxNew != "" {
		return false
	}
	if s == "" || !namesPolicy(para) {
		return false
	}
	// The words as read, a link's address left out: "refer to the [git
	// history](https://github.com/…) to view the changes".
	if t := readable(s); !noticeTellRE.MatchString(t) && !attentionTellRE.MatchString(t) {
		return false
	}
	return policySelf(c.ix.fold(para), c.ix.fold(s)) == "notice"
}
