package material

import (
	"github.com/redline-legal/redline/internal/redline"
)

// A duty put on those who handle data for the author to protect it ("We
// only allow 3rd parties to handle your data if we are satisfied they have
// taken appropriate measures to protect your data. We also impose
// contractual obligations to ensure they protect your personal data",
// b52-41) is a commitment of security: the measures a processor must
// take (GDPR Art. 28(1), 32), though its words name a contract or third
// parties. A sentence that also says who gets the data, or on what
// ground, keeps its category: each changed sentence must be about
// protecting the data, one at least naming the measures.

// protectionDutyRE matches a sentence that binds someone to protect the
// data: measures, safeguards or obligations, and "protect".
var protectionDutyRE = mustPattern(`(?i)\b(?:measures|safeguards|obligations|standards)\b[^.;]*\bprotect|\bprotect[^.;]*\b(?:measures|safeguards|obligations|standards)\b`)

// protectsDataRE matches protecting the data itself: "to protect your
// personal data", not "protection measures for Users under the Payment
// Services Act" (pixiv).
var protectsDataRE = mustPattern(`(?i)\bprotect\w*\s+(?:\w+\s+){0,3}?(?:data|information|privacy)\b`)

// measuresRE matches the measures a duty to protect names: one sentence of
// the change at least says what protects the data, not only that a duty
// to does.
var measuresRE = mustPattern(`(?i)\b(?:measures|safeguards)\b`)

// otherGroundRE matches the words of a sentence about something else than
// protecting the data: a ground of processing ("for our legitimate
// interests … while applying appropriate safeguards", "to comply with our
// legal obligations, including to protect the safety of"), or the act of
// giving it to someone ("We may disclose your information to auditors").
var otherGroundRE = mustPattern(`(?i)\b(?:legitimate interests?|legal obligations?|consent|comply|complies|law|laws|legal claims|disclose|disclosed|share|shared|sell|sold)\b`)

// protectionDuty returns "security" for a material verdict of the legal
// basis or recipients whose changed sentences, on each side that has them,
// each bind someone to protect the data (protectionDutyRE).
func (c *classifier) protectionDuty(v Verdict, ch redline.Change) string {
	if v.Category != "legal-basis" && v.Category != "recipients" || c.rb.categoryIndex("security") < 0 || namesOwnFact(v.Rule) {
		// A party named is a fact of its own (namesOwnFact).
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !containsJoined(so, sn, "protect") {
		return ""
	}
	measures := false
	for _, s := range [2]string{so, sn} {
		for _, x := range sentences(s) {
			if !protectionDutyRE.MatchString(x) || !protectsDataRE.MatchString(x) || otherGroundRE.MatchString(x) {
				return ""
			}
			measures = measures || measuresRE.MatchString(x)
		}
	}
	if !measures {
		return ""
	}
	return "security"
}
