package material

import (
	"strings"
)

// "You may not sign up" forbids, as "you must not sign up" and "you shall
// not sign up" do: "may not" before an act is a prohibition, not a
// possibility. The rules rank "may" below "must" and read a prohibition
// said one way and then the other as a commitment strengthened or
// weakened ("If you are under 13 you may not sign up" → "… you must not
// sign up", b49-06). Where both texts forbid by one of these, each is
// written "must not". "may not be", "may not have" or "may not always"
// say what may happen and are left as written.

// prohibitionRE is a modal denied before the verb after it.
var prohibitionRE = mustPattern(`(?i)\b(?:may|must|shall)\s+not\s+([a-z]+)`)

// notActs follow a "may not" that says what may happen, not what is
// forbidden.
var notActs = map[string]bool{"be": true, "have": true, "always": true, "necessarily": true, "apply": true, "work": true,
	"reflect": true, "receive": true, "get": true, "see": true, "function": true, "contain": true, "include": true, "need": true}

// prohibitionIn reports a prohibition said by "may not", "must not" or
// "shall not" before an act.
func prohibitionIn(m string) bool {
	if !strings.Contains(m, " not ") {
		return false
	}
	for _, sub := range prohibitionRE.FindAllStringSubmatch(m, -1) {
		if !notActs[strings.ToLower(sub[1])] {
			return true
		}
	}
	return false
}

// prohibitions writes every prohibition of both texts as "must not",
// where both forbid by one.
func prohibitions(mOld, mNew string) (string, string) {
	if !prohibitionIn(mOld) || !prohibitionIn(mNew) {
		return mOld, mNew
	}
	return mustNot(mOld), mustNot(mNew)
}

// mustNot writes the prohibitions of m as "must not".
func mustNot(m string) string {
	return prohibitionRE.ReplaceAllStringFunc(m, func(s string) string {
		sub := prohibitionRE.FindStringSubmatch(s)
		if notActs[strings.ToLower(sub[1])] {
			return s
		}
		return "must not " + sub[1]
	})
}
