package material

import (
	"strings"
)

// disclaimRE is a promise denied: "we cannot guarantee", "we do not
// ensure", "we are unable to promise".
var disclaimRE = mustPattern(`(?i)\b(?:cannot|can\s+not|can['’]t|do\s+not|does\s+not|don['’]t|doesn['’]t|(?:are|is|am)\s+unable\s+to|(?:will|shall)\s+not\s+be\s+able\s+to|won['’]t\s+be\s+able\s+to)\s+(guarantee|ensure|promise|warrant|assure)(s?)\b`)

// disclaimed writes every denial of a promise in both texts as "do not",
// where both deny one: "we cannot guarantee the security of your data"
// and "we do not guarantee it" promise the same, nothing. A promise made
// where the other side denied it, or denied where it was made, is still
// a negation changed; a text that denies none is left as written.
func disclaimed(mOld, mNew string) (string, string) {
	if !denies(mOld) || !denies(mNew) {
		return mOld, mNew
	}
	return disclaimRE.ReplaceAllString(mOld, "do not $1"), disclaimRE.ReplaceAllString(mNew, "do not $1")
}

// denies reports a promise denied in m.
func denies(m string) bool {
	if !strings.Contains(m, "uarantee") && !strings.Contains(m, "nsure") && !strings.Contains(m, "romise") && !strings.Contains(m, "arrant") && !strings.Contains(m, "ssure") {
		return false
	}
	return disclaimRE.MatchString(m)
}
