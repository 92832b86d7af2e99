package material

import (
	"strings"
)

// conditionExampleRE is an example of when a thing happens, put at the
// end of a sentence or list item, after a comma or in brackets: ", for
// example when you contest its accuracy", " (e.g. while we check whether
// it is accurate);". Group 1 is the clause after its condition word.
var conditionExampleRE = mustPattern(`(?i)(?:,\s*|\s*\(\s*)(?:for example|for instance|e\.\s?g\.),?\s+(?:when|whenever|while|if|where|during)\s+([^.;:!?()]+?)\s*\)?\s*[.;,]?\s*$`)

// conditionExample reports a sentence that only gains, at its end, an
// example of a case it applies in: "the right to restrict our use of
// your personal information;" → "… (for example, while we check whether
// it is accurate);". "For example" says the case is one of those the
// sentence already covers, not the only one: no condition is added, and
// none is lifted where the example goes. An example that says a force of
// its own ("only", "not", "may"), names a party or a number, or uses a
// word of a category ("when we share it with advertisers", "when you ask
// us to delete it") may say more, and is left to the other rules, as is
// a condition without "for example" ("(only while we check …)").
func (c *classifier) conditionExample(old, new string) bool {
	if !strings.Contains(new, "xample") && !strings.Contains(new, "nstance") && !strings.Contains(new, ".g.") && !strings.Contains(new, ". g.") {
		return false
	}
	if len(sentences(old)) != 1 || len(sentences(new)) != 1 {
		return false
	}
	m := conditionExampleRE.FindStringSubmatchIndex(new)
	if m == nil || conditionExampleRE.MatchString(old) {
		return false
	}
	if !equalWords(c.ix.fold(new[:m[0]]), c.ix.fold(old)) {
		return false
	}
	clause := new[m[2]:m[3]]
	for _, w := range rawWords(clause) {
		if lw := strings.ToLower(w); isName(w) || isNumber(lw) || c.ix.number[lw] {
			return false
		}
	}
	fc := c.ix.fold(clause)
	if count, _ := c.ix.forces(fc); len(count) > 0 {
		return false
	}
	return len(c.ix.strongHits(fc)) == 0
}

// exampleBefore reports text that ends by opening an example: "(for
// example", ", e.g.". A "while" after it says when, in the case given,
// and sets no clause against the one before.
func exampleBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	n := len(s)
	for _, w := range []string{"for example", "for instance", "e.g.", "e.g"} {
		if n >= len(w) && strings.EqualFold(s[n-len(w):], w) {
			return true
		}
	}
	return false
}
