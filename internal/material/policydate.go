package material

import (
	"strings"
)

// policyDateRE is a sentence's statement of the policy's own date: "This
// privacy policy was most recently updated in May 2018", "This notice was
// last revised on 3 March 2023", "… was last modified April 25, 2017", or
// a draft's placeholder for it, "… last modified [date of update]". Group
// 1 is the date with the preposition before it.
var policyDateRE = mustPattern(`(?i)\b(?:policy|notice|statement|document|page|it)\s+(?:was|has\s+been|is)\s+(?:most\s+recently\s+|last\s+|first\s+)?(?:updated|revised|amended|modified|reviewed)(\s+(?:(?:in|on|as\s+of)\s+)?(?:\[[^\]\n]{0,30}\bdate\b[^\]\n]{0,30}\]|(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b))`)

// policyDates returns old and new without the date each gives the policy
// itself, where each states it once and the dates differ: the document's
// date is no commitment, whatever the paragraph goes on to say ("This
// privacy policy was most recently updated in May 2018. If we make
// changes to it, …", b60-23, b68-20). The rest is judged on its own, and
// what a verdict quotes of it is the policy's words, less the date. A
// date that says what data is kept or covered ("collected before 1 March
// 2020") is no date of the policy, and stays.
func policyDates(old, new string) (string, string) {
	if !dateVerbHint(old) || !dateVerbHint(new) {
		return old, new // most texts: no expression is run
	}
	mo, mn := policyDateRE.FindAllStringSubmatchIndex(old, -1), policyDateRE.FindAllStringSubmatchIndex(new, -1)
	if len(mo) != 1 || len(mn) != 1 || old[mo[0][2]:mo[0][3]] == new[mn[0][2]:mn[0][3]] {
		return old, new
	}
	return old[:mo[0][2]] + old[mo[0][3]:], new[:mn[0][2]] + new[mn[0][3]:]
}

// dateVerbHint reports a text that may state when it was updated,
// revised, amended, modified or reviewed. No allocation.
func dateVerbHint(s string) bool {
	return strings.Contains(s, "pdated") || strings.Contains(s, "evised") || strings.Contains(s, "mended") ||
		strings.Contains(s, "odified") || strings.Contains(s, "eviewed")
}
