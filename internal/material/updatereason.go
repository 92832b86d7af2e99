package material

import (
	"slices"
	"strings"
)

// updateReasonRE is a sentence that says the policy may be changed, and
// why: "This privacy policy may be updated according to regulatory
// developments.", "We may update this Privacy Policy from time to time to
// reflect changes in the law." How often it may be updated, said by any
// adverb of frequency ("occasionally", "periodically"), is no reason and
// no notice either: it stands between. Group 1 is the reason, to the end
// of the sentence.
const updateHead = `(?i)\b(?:(?:this|our|the)\s+(?:privacy\s+|cookie\s+|data\s+protection\s+)?(?:policy|notice|statement)\s+(?:may|might|can|will)\s+(?:be\s+)?(?:updated|changed|amended|revised|modified)|(?:may|might|can|will)\s+(?:update|change|amend|revise|modify)\s+(?:this|our|the)\s+(?:privacy\s+|cookie\s+|data\s+protection\s+)?(?:policy|notice|statement))`

var updateReasonRE = mustPattern(updateHead + `(?:\s+(?:from\s+time\s+to\s+time|occasionally|periodically|regularly|sometimes|now\s+and\s+then|every\s+so\s+often))?` + `(\s+(?:to\s+reflect|according\s+to|in\s+line\s+with|in\s+response\s+to|due\s+to|because\s+of|as\s+a\s+result\s+of|to\s+take\s+account\s+of|following)[\s:][^.;!?]*)`)

// reasonTermsRE are the words of a reason that say how or when a change is
// made, or what else is done: they are the notice policy, not a reason.
var reasonTermsRE = mustPattern(`(?i)\b(?:notif|notice|inform|tell|e-?mail|post|publish|publication|without|prior|before|advance|days?|weeks?|months?|effect|effective|immediately|consent|agree|accept|share|sell|disclos|transfer|collect|use|process)`)

// withoutUpdateReasons returns s without the reasons it gives for which
// the policy may be updated ("… may be updated to reflect changes in
// regulations or services offered by Scaleway"): the company may update
// its policy whatever the reason, and how and when a change takes effect
// is said apart. A reason that says how or when the change is made, or
// names another act ("and we will notify you", "without notice", "to
// share …"), is kept.
func withoutUpdateReasons(s string) string {
	if !strings.Contains(s, "olicy") && !strings.Contains(s, "otice") && !strings.Contains(s, "tatement") || !mayGiveUpdateReason(s) {
		return s
	}
	var cut []replacement
	for _, m := range updateReasonRE.FindAllStringSubmatchIndex(s, -1) {
		if !reasonTermsRE.MatchString(s[m[2]:m[3]]) {
			cut = append(cut, replacement{from: m[2], to: m[3]})
		}
	}
	return replaced(s, cut)
}

// withoutUpdateReasonsPair is withoutUpdateReasons of each side, unless
// the reasons cut from one side are all still given by the other in
// another form: "… may update this Privacy Policy periodically to
// reflect: Legal changes, platform updates, security improvements" →
// "… periodically. Reasons include: - Platform updates - Security
// improvements - Legal changes" (b70-10) keeps both sides whole, to be
// read as the same words laid out again.
// reasonLeadWords are the words that open a reason in updateReasonRE.
const reasonLeadWords = "to reflect according to in line with in response to due to because of as a result of to take account of following"

func (c *classifier) withoutUpdateReasonsPair(o, n string) (string, string) {
	uo, un := withoutUpdateReasons(o), withoutUpdateReasons(n)
	restated := func(full, cut, other string) bool {
		removed, _ := diffWords(c.ix.fold(full), c.ix.fold(cut))
		if len(removed) == 0 {
			return false
		}
		kept, lead := c.ix.fold(other), c.ix.fold(reasonLeadWords)
		for _, w := range removed {
			if !slices.Contains(kept, w) && !slices.Contains(lead, w) {
				return false
			}
		}
		return true
	}
	if uo != o && un == n && restated(o, uo, n) || un != n && uo == o && restated(n, un, o) {
		return o, n
	}
	return uo, un
}

// mayGiveUpdateReason reports text where updateReasonRE may match: a verb
// of its head ("updat", "chang", "amend", "revis", "modif") and a word of
// its reason, in any case. Most texts that name the policy have no
// reason, and the expression is not run on them. A text with "ſ" or "K",
// which fold to "s" and "k" under (?i), is always read by it.
func mayGiveUpdateReason(s string) bool {
	if strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a") {
		return true
	}
	return (containsFold(s, "updat") || containsFold(s, "chang") || containsFold(s, "amend") || containsFold(s, "revis") || containsFold(s, "modif")) &&
		(containsFold(s, "reflect") || containsFold(s, "according") || containsFold(s, "line") || containsFold(s, "response") ||
			containsFold(s, "due") || containsFold(s, "because") || containsFold(s, "result") || containsFold(s, "account") || containsFold(s, "following"))
}

var (
	updateHeadRE = mustPattern(updateHead)
	// frequencyRE is an adverbial of frequency, a closed class: how
	// often something happens, and nothing of who does what.
	frequencyRE = mustPattern(`(?i)\b(?:from\s+time\s+to\s+time|occasionally|periodically|regularly|sometimes|now\s+and\s+then|every\s+so\s+often)\b,?\s*`)
	// sentenceSpanRE is a sentence and its closing mark.
	sentenceSpanRE = mustPattern(`[^.;!?]+[.;!?]*`)
)

// withoutUpdateFrequency returns o and n without how often the policy may
// be updated, when both say the policy may be updated and how often: "We may update
// this Privacy Policy from time to time" is "… occasionally", "…
// periodically", "From time to time we may update this Privacy Policy"
// (b31-38). The company may update its policy whenever it likes either
// way; how and when a change takes effect is what binds it, and it is
// left as written, as is a frequency in any other sentence ("review this
// policy periodically").
func withoutUpdateFrequency(o, n string) (string, string) {
	if !mayRevise(o) || !mayRevise(n) || !updateHeadRE.MatchString(o) || !updateHeadRE.MatchString(n) {
		return o, n
	}
	cut := func(s string) string {
		var b strings.Builder
		for _, sent := range sentenceSpanRE.FindAllString(s, -1) {
			if updateHeadRE.MatchString(sent) {
				sent = frequencyRE.ReplaceAllString(sent, "")
			}
			b.WriteString(sent)
		}
		return b.String()
	}
	co, cn := cut(o), cut(n)
	if co == o || cn == n {
		return o, n // a frequency on one side only: "at any time" for "from time to time" is judged as written
	}
	return co, cn
}
