package material

import (
	"strings"
)

// openInclusionRE is a formula that says a list after "including" (or
// "include", "such as") is not exhaustive, in one of the ways lawyers
// write it: "including, but not limited to," "including without
// limitation," "including (without limitation)", "including but not
// restricted to", "including, without being limited to". Each says the
// same thing: the items are examples, and no limit is set. The formula
// must follow the word that opens the list, so "limited to" or "without
// limitation" said of anything else (a limit the sentence sets: "use
// limited to support", "share without limitation") is not matched.
var openInclusionRE = mustPattern(`(?i)\b(including|includes?|such\s+as)\b[,:]?\s*\(?\s*(?:but\s+)?(?:(?:is|are)\s+)?(?:not\s+(?:limited|restricted)\s+to|without\s+(?:limitation|restriction|being\s+(?:limited|restricted)\s+to)(?:\s+to\b)?)(?:\s*\))?[,:]?`)

// openInclusion writes each such formula of old and new as the bare word
// that opens the list: "including", already an opening of examples, says
// no more with "but not limited to" after it (b173-13: "including your user
// name" → "including but not limited to your user name"; b173-31: "may
// include" → "may include, without limitation"). A sentence that says
// "without limitation" is then not read as saying "not".
func openInclusion(old, new string) (string, string) {
	if !strings.Contains(old, "limit") && !strings.Contains(old, "restrict") && !strings.Contains(new, "limit") && !strings.Contains(new, "restrict") {
		return old, new
	}
	return openInclusionRE.ReplaceAllString(old, "${1}"), openInclusionRE.ReplaceAllString(new, "${1}")
}
