package material

import (
	"strings"
)

// "avoid any further use of the Services", "make no further use of
// them", "discontinue your use of them", "cease using them" and "stop
// using them" ask one act of a reader who does not accept a change. The
// words differ and the rules read a purpose of use or a limit changed
// ("you must avoid any further use of the Services" → "you have to stop
// using the Services", b49-19). Where both texts ask it, each is written
// "stop using".

// stopUsingRE asks the reader to stop using a thing.
var stopUsingRE = mustPattern(`(?i)\b(?:avoid\s+(?:any\s+)?(?:further|continued)\s+use\s+of|make\s+no\s+(?:further\s+)?use\s+of|(?:discontinue|cease|stop|end)\s+(?:(?:your|all|any)\s+)?(?:further\s+)?use\s+of|(?:discontinue|cease|stop|refrain\s+from)\s+(?:further\s+)?using)\b`)

// stopUsing writes every such request of both texts as "stop using",
// where both ask one.
func stopUsing(mOld, mNew string) (string, string) {
	if !usingAsked(mOld) || !usingAsked(mNew) || !stopUsingRE.MatchString(mOld) && !stopUsingRE.MatchString(mNew) {
		return mOld, mNew
	}
	o, n := stopUsingRE.ReplaceAllString(mOld, "stop using"), stopUsingRE.ReplaceAllString(mNew, "stop using")
	if !strings.Contains(strings.ToLower(o), "stop using") || !strings.Contains(strings.ToLower(n), "stop using") {
		return mOld, mNew
	}
	return o, n
}

// usingAsked is the cheap test before stopUsingRE: "use of" or "using".
func usingAsked(m string) bool {
	return strings.Contains(m, "use of") || strings.Contains(m, "using")
}
