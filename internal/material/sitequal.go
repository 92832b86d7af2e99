package material

import (
	"strings"
)

// sitePhraseRE is a phrase of where a commitment applies, folded: "on our
// marketing website", "in the mobile app", "across our sites".
var sitePhraseRE = mustPattern(`\b(?:on|in|at|across|within|through|via|for) (?:(?:our|the|this|these|its|their|your|all|each|any) )?(?:[a-z-]+ ){0,2}(?:website|websites|site|sites|app|apps|application|applications|platform|platforms|page|pages|domain|domains)\b`)

// siteOnly reports a change whose words added and removed are only
// phrases of where the sentence applies, and "there" or "here" that
// refer to them: "We respect "Do Not Track" signals. When enabled, we
// limit tracking to …" → "… signals on our marketing website. When
// enabled, we limit tracking there to …" (b19-30) narrows where a
// commitment about tracking applies; "marketing" there says which
// website, not a purpose. The change is of the sentence's category.
func siteOnly(removed, added, old, new []string) bool {
	covered := func(ws, side []string) bool {
		if len(ws) == 0 {
			return true
		}
		in := map[string]int{}
		for _, m := range sitePhraseRE.FindAllString(strings.Join(side, " "), -1) {
			for _, w := range strings.Fields(m) {
				in[w]++
			}
		}
		for _, w := range ws {
			if w == "there" || w == "here" {
				continue
			}
			if in[w] == 0 {
				return false
			}
			in[w]--
		}
		return true
	}
	return len(removed)+len(added) > 0 && covered(removed, old) && covered(added, new)
}
