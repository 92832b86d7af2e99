package material

import (
	"fmt"
	"strings"
)

// policyForRE is a sentence that points to another privacy policy and
// says whom it applies to: "To see the Privacy policy applicable to the
// Outbrain DSP Users, please navigate [here](…)", "The Privacy Policy for
// job applicants is available here" (group 1 or 2, the people).
var policyForRE = mustPattern(`(?i)\b(?:privacy|data\s+protection)\s+(?:policy|notice|statement)\s+(?:(?:that|which)\s+appl(?:y|ies)|applicable)\s+to\s+(?:the\s+|our\s+)?([^.;:()\[\]]{3,60}?)\s*(?:[,.;:]|$|\s+(?:is|are|please|can|may|click|see|visit|go)\b)` +
	`|\b(?:privacy|data\s+protection)\s+(?:policy|notice|statement)\s+for\s+(?:the\s+|our\s+)?([^.;:()\[\]]{3,60}?)\s+(?:is|are)\s+available\b`)

// policyForAt returns the people of the first such sentence in text, ""
// where there is none. The expression runs only where a privacy policy,
// notice or statement is named.
func policyForAt(text string) string {
	if !containsFold(text, "polic") && !containsFold(text, "notice") && !containsFold(text, "statement") {
		return ""
	}
	m := policyForRE.FindStringSubmatch(stripMarkdown(text))
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1] + m[2])
}

// policyForSaid reports a pointer to the privacy policy of a group of
// people put in (or taken out) where the other side has none: which text
// governs whose data is the policy's scope (Outbrain's landing page
// gained "To see the Privacy policy applicable to the Outbrain DSP Users,
// please navigate here", ota-57 063). A pointer to a policy that names
// no one it applies to ("see our Cookie Policy") is judged as pointers
// are.
func policyForSaid(ctxOld, ctxNew string) (group string, put bool) {
	return onOneSide(policyForAt(ctxOld), policyForAt(ctxNew))
}

// policyForReason is the reason for policyForSaid's change.
func policyForReason(group string, put bool, quoted string) string {
	if put {
		return fmt.Sprintf("What the policy covers: another privacy policy now said to apply to “%s”: %s", group, quoted)
	}
	return fmt.Sprintf("What the policy covers: the pointer to the privacy policy that applies to “%s” removed: %s", group, quoted)
}
