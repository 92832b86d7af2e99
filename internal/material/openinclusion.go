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

// openInclusion writes each such formula of old and new one way,
// "including but not limited to", where both texts have one, so that a
// formula traded for another compares as the same words. A formula added
// or removed, or said in a sentence the other text does not have, is
// left for the rules of force to judge: "including" → "including without
// limitation" is not rewritten into the same words, and a sentence added
// that says "without limitation" is not read as saying "not".
func openInclusion(old, new string) (string, string) {
	if !strings.Contains(old, "limit") && !strings.Contains(old, "restrict") || !strings.Contains(new, "limit") && !strings.Contains(new, "restrict") {
		return old, new
	}
	if !openInclusionRE.MatchString(old) || !openInclusionRE.MatchString(new) {
		return old, new
	}
	return openInclusionRE.ReplaceAllString(old, "${1} but not limited to"), openInclusionRE.ReplaceAllString(new, "${1} but not limited to")
}
