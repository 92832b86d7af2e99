package material

import (
	"strings"
)

// serialCommaRE finds a comma before "and" or "or" that closes a series:
// another comma stands a few words before it, with no end of clause
// between ("from disclosure, alteration, or unauthorized use"). The last
// group is the word after the joiner.
var serialCommaRE = mustPattern(`,[^,.;:!?]{1,40}(,)\s+(?:and|or)\s+([\p{L}']+)`)

// seriesSubjects start a clause, not a series' last member: ", and we
// share it" joins two clauses even after a list.
var seriesSubjects = map[string]bool{"we": true, "you": true, "they": true, "it": true, "he": true, "she": true, "this": true, "these": true, "those": true, "there": true, "i": true}

// unserialComma drops the comma before the "and" or "or" that closes a
// series of nouns, the serial (Oxford) comma: "A, B, or C" is one phrase,
// not two clauses, and a phrase put at the end of the sentence after it
// ("protect your information both online and offline from disclosure,
// alteration, or unauthorized use" → "… from disclosure, alteration, or
// unauthorized use, both online and offline") qualifies what it did. A
// joiner followed by a subject ("…, and we share it") still joins two
// clauses.
func unserialComma(s string) string {
	if !strings.Contains(s, ", and ") && !strings.Contains(s, ", or ") {
		return s
	}
	var cut [][2]int
	for _, m := range serialCommaRE.FindAllStringSubmatchIndex(s, -1) {
		if !seriesSubjects[strings.ToLower(s[m[4]:m[5]])] {
			cut = append(cut, [2]int{m[2], m[3]})
		}
	}
	return replaceSpans(s, cut, "")
}
