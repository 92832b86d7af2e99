package material

import (
	"strings"
)

// A sentence that says how the reader is told of a change before it takes
// effect names the change, the telling and the time before.
var (
	noticeChangeRE = mustPattern(`(?i)\b(?:chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|modif(?:y|ies|ied|ication|ications)|amend(?:s|ed|ing|ment|ments)?|revis(?:e|es|ed|ion|ions))\b`)
	noticeTellRE   = mustPattern(`(?i:\b(?:notif(?:y|ies|ied|ication)|notice|inform|tell|e-?mail|announce|let you know)\b)|\bpost(?:s|ed|ing)?\b`) // "post" written small: "Swiss Post" tells no one
	noticeBeforeRE = mustPattern(`(?i)\b(?:prior|before|in advance|advance|becom(?:e|es|ing) effective|tak(?:e|es|ing) effect)\b`)
)

// noticeChangeStems and noticeBeforeStems start the words of
// noticeChangeRE and noticeBeforeRE.
var (
	noticeChangeStems = []string{"chang", "updat", "modif", "amend", "revis"}
	noticeBeforeStems = []string{"prior", "before", "advance", "effect"}
)

// changeNotice reports a change whose changed sentences, on each side that
// has any, all say how the reader is told of a change before it takes
// effect: such a sentence is the change-notice policy whatever else it
// names. "we will notify you by email (sent to the e-mail address
// specified in your account) … prior to the change becoming effective" →
// "we will post an updated notice on the Website prior to …" changes how
// the reader is told, not what data is kept, though it names an address.
func (c *classifier) changeNotice(old, new string) bool {
	so, sn := c.changedSentences(old, new)
	if strings.TrimSpace(so) == "" && strings.TrimSpace(sn) == "" {
		return false
	}
	for _, side := range []string{so, sn} {
		for _, s := range sentences(side) {
			// Each pattern needs one of these stems: most sentences have
			// none, and are ruled out without a regular expression.
			if !lowerHasAny(s, noticeChangeStems...) || !lowerHasAny(s, noticeBeforeStems...) ||
				!noticeChangeRE.MatchString(s) || !noticeTellRE.MatchString(s) || !noticeBeforeRE.MatchString(s) {
				return false
			}
		}
	}
	return true
}
