package material

import (
	"strings"
)

// mayIncludeRE is a relative clause that opens a list of examples of the
// noun before it: "Identity Data, which may include first name, last
// name" says what "Identity Data, such as first name, last name" says.
// Its "may" grants no one anything; the list is not closed either way.
// Without the modal, "Location Data, which includes your general
// location" names an example of the category as "such as" does: a list
// a verb "includes" opens is not closed ("includes only" is, and is not
// matched).
var mayIncludeRE = mustPattern(`(?i)\b(?:which|that)\s+(?:(?:may|might|can|could)\s+include|includes?)\b(?:,?\s+but\s+(?:is|are)\s+not\s+limited\s+to,?)?`)

// mayInclude writes such a clause as "such as" in each text, where one
// of them has it.
func mayInclude(mOld, mNew string) (string, string) {
	if !strings.Contains(mOld, "nclude") && !strings.Contains(mNew, "nclude") {
		return mOld, mNew
	}
	return mayIncludeRE.ReplaceAllString(mOld, "such as"), mayIncludeRE.ReplaceAllString(mNew, "such as")
}
