package material

import (
	"strings"
)

// ageNounRE is a noun for persons of an age, followed by the age that
// defines them: "adults aged 18 or over", "children under the age of 13",
// "individuals below 16".
var ageNounRE = mustPattern(`\b([Aa]dults|[Cc]hildren|[Mm]inors|[Kk]ids|[Tt]eens|[Tt]eenagers|[Ii]ndividuals|[Pp]eople|[Pp]ersons)(\s+(?:aged|under|over|below|above|younger than|older than|of)\s+(?:the\s+age\s+of\s+)?\d+)\b`)

// agedNouns returns old and new with the noun for persons before an age
// that both say written as old writes it: "individuals aged 18 or older"
// → "adults aged 18 or over" names whom the age names, and the age is
// the criterion. An age said on one side only ("children under 13" →
// "children under 16"), or a noun with no age beside it ("intended for
// adults"), is kept, so the words compared (and the category) are the
// ones written.
func agedNouns(old, new string) (string, string) {
	if !strings.ContainsAny(old, "0123456789") || !strings.ContainsAny(new, "0123456789") || !hasAgeNoun(old) || !hasAgeNoun(new) {
		return old, new
	}
	nouns := map[string]string{} // the age as old says it → old's noun
	for _, m := range ageNounRE.FindAllStringSubmatch(old, -1) {
		nouns[ageKey(m[2])] = m[1]
	}
	return old, ageNounRE.ReplaceAllStringFunc(new, func(s string) string {
		m := ageNounRE.FindStringSubmatch(s)
		if n, ok := nouns[ageKey(m[2])]; ok {
			return n + m[2]
		}
		return s
	})
}

// hasAgeNoun is a cheap test for a noun of ageNounRE: most texts name no
// age, and the expression is not run on them.
func hasAgeNoun(s string) bool {
	return containsFold(s, "adult") || containsFold(s, "child") || containsFold(s, "minor") || containsFold(s, "kids") ||
		containsFold(s, "teen") || containsFold(s, "individual") || containsFold(s, "people") || containsFold(s, "person")
}

// ageKey is an age as ageNounRE finds it after the noun, compared
// whatever its case and spacing: " aged 18", "under the age of 13".
func ageKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
