package material

import (
	"regexp"
	"strings"
)

// updateReasonRE is a sentence that says the policy may be changed, and
// why: "This privacy policy may be updated according to regulatory
// developments.", "We may update this Privacy Policy from time to time to
// reflect changes in the law." Group 1 is the reason, to the end of the
// sentence.
var updateReasonRE = regexp.MustCompile(`(?i)\b(?:(?:this|our|the)\s+(?:privacy\s+|cookie\s+|data\s+protection\s+)?(?:policy|notice|statement)\s+(?:may|might|can|will)\s+(?:be\s+)?(?:updated|changed|amended|revised|modified)|we\s+(?:may|might|can|will)\s+(?:update|change|amend|revise|modify)\s+(?:this|our|the)\s+(?:privacy\s+|cookie\s+|data\s+protection\s+)?(?:policy|notice|statement))(?:\s+from\s+time\s+to\s+time)?(\s+(?:to\s+reflect|according\s+to|in\s+line\s+with|in\s+response\s+to|due\s+to|because\s+of|as\s+a\s+result\s+of|to\s+take\s+account\s+of|following)\s[^.;!?]*)`)

// reasonTermsRE are the words of a reason that say how or when a change is
// made, or what else is done: they are the notice policy, not a reason.
var reasonTermsRE = regexp.MustCompile(`(?i)\b(?:notif|notice|inform|tell|e-?mail|post|publish|publication|without|prior|before|advance|days?|weeks?|months?|effect|effective|immediately|consent|agree|accept|share|sell|disclos|transfer|collect|use|process)`)

// withoutUpdateReasons returns s without the reasons it gives for which
// the policy may be updated ("… may be updated to reflect changes in
// regulations or services offered by Scaleway"): the company may update
// its policy whatever the reason, and how and when a change takes effect
// is said apart. A reason that says how or when the change is made, or
// names another act ("and we will notify you", "without notice", "to
// share …"), is kept.
func withoutUpdateReasons(s string) string {
	if !strings.Contains(s, "olicy") && !strings.Contains(s, "otice") && !strings.Contains(s, "tatement") {
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
