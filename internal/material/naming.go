package material

import (
	"strings"
)

// namingRE is a phrase that only says a term is a name for what comes
// before it, standing right before the quoted term: "(sometimes called
// the “right to be forgotten”)", "also known as “cookies”", "commonly
// referred to as "portability"". The quote is kept.
var namingRE = mustPattern(`(?i)\b(?:(?:sometimes|often|also|commonly|otherwise|usually|generally|frequently|more)\s+)?(?:called|known\s+as|referred\s+to\s+as|termed|described\s+as|so-called)(?:\s+(?:the|a|an))?\s+([“"‘«])`)

// withoutNaming returns s without the phrases that say a quoted term is a
// name for what it follows: "your personal data ("right to be
// forgotten")" → "your personal data (sometimes called the "right to be
// forgotten")" (b19-29) names the same right, and "sometimes" there says
// how often the name is used, not how often anything is done.
func withoutNaming(s string) string {
	if !strings.Contains(s, "called") && !strings.Contains(s, "known") && !strings.Contains(s, "referred") &&
		!strings.Contains(s, "termed") && !strings.Contains(s, "described") {
		return s
	}
	return namingRE.ReplaceAllString(s, "$1")
}
