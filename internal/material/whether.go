package material

import (
	"strings"
)

// whetherRE is "whether" opening the first of alternatives, each with its
// preposition: "…, whether through our cookie banner, through the
// preference center or by contacting us".
var whetherRE = mustPattern(`,?\s+whether\s+(through|by|via|using|in|at|on|from|with|online|offline)\b`)

// withoutWhether drops a "whether" that opens alternatives followed by an
// "or" in the same sentence: "whether through A, through B or C" offers
// what "through A, B or C" offers. "whether" asking a question ("we tell
// you whether we hold data") opens no preposition and is kept.
func withoutWhether(m string) string {
	if !strings.Contains(m, "whether") {
		return m
	}
	var cut []replacement
	for _, loc := range whetherRE.FindAllStringSubmatchIndex(m, -1) {
		rest := m[loc[1]:]
		if end := strings.IndexAny(rest, ".;\n"); end >= 0 {
			rest = rest[:end]
		}
		if !strings.Contains(rest, " or ") {
			continue
		}
		cut = append(cut, replacement{from: loc[0], to: loc[2], with: " "})
	}
	return replaced(m, cut)
}
