package material

import (
	"strings"
)

// A disclaimer that a thing "may not always be" accurate admits what "is
// not always" accurate does: that sometimes it is not. The rules rank
// "may" below a plain statement and read the one made the other as a
// commitment strengthened or weakened ("AI responses may not always be
// accurate" → "… are not always accurate", b49-45). Where both texts
// hedge so, each is written "are not always"; a claim that the thing is
// accurate, or that it never is, is not such a hedge.

// notAlwaysRE is a hedge that a thing is not so in every case.
var notAlwaysRE = mustPattern(`(?i)\b(?:(?:may|might|will|could|can)\s+not\s+always\s+be|(?:is|are|isn['’]t|aren['’]t)\s+(?:not\s+)?always)\b`)

// notAlwaysHedged writes every such hedge of both texts as "are not
// always", where both hedge one.
func notAlwaysHedged(mOld, mNew string) (string, string) {
	if !strings.Contains(mOld, "always") || !strings.Contains(mNew, "always") {
		return mOld, mNew
	}
	if !notAlwaysIn(mOld) || !notAlwaysIn(mNew) {
		return mOld, mNew
	}
	return notAlwaysRE.ReplaceAllStringFunc(mOld, notAlwaysAs), notAlwaysRE.ReplaceAllStringFunc(mNew, notAlwaysAs)
}

// notAlwaysAs is the one form of a hedge of notAlwaysRE; "is always"
// claims, and stays.
func notAlwaysAs(s string) string {
	if !deniesAlways(s) {
		return s
	}
	return "are not always"
}

// deniesAlways reports a match of notAlwaysRE that denies.
func deniesAlways(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "not") || strings.Contains(l, "n't") || strings.Contains(l, "n’t")
}

// notAlwaysIn reports a hedge of notAlwaysRE that denies.
func notAlwaysIn(m string) bool {
	for _, s := range notAlwaysRE.FindAllString(m, -1) {
		if deniesAlways(s) {
			return true
		}
	}
	return false
}
