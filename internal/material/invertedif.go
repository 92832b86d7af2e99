package material

// An inverted condition is a condition: "Should this happen, we will tell
// you" is "If this happens, we will tell you", as "should you choose" is
// "if you choose" (rules.toml folds those two). A "should" that says what
// someone ought to do has its subject before it ("you should contact us",
// "requests should be sent"), and a verb, an adverb or "not" after it; the
// "should" of a condition has its subject after it: a pronoun or a noun
// phrase's determiner ("should this happen", "should the law require",
// "should any dispute arise"). Read so, its force is the condition's,
// not the advice's or the duty's.

// invertedSubject are the words that open the subject of an inverted
// condition after "should".
var invertedSubject = map[string]bool{"this": true, "that": true, "these": true, "those": true, "it": true, "there": true,
	"they": true, "he": true, "she": true, "the": true, "a": true, "an": true, "any": true, "such": true, "your": true,
	"our": true, "their": true, "his": true, "her": true, "its": true, "anyone": true, "someone": true, "anything": true}

// invertedShould returns ws (folded words) with the "should" of each
// inverted condition said as "if"; ws itself when there is none.
func invertedShould(ws []string) []string {
	var out []string
	for i, w := range ws {
		if w != "should" || i+1 >= len(ws) || !invertedSubject[ws[i+1]] {
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)), ws...)
		}
		out[i] = "if"
	}
	if out == nil {
		return ws
	}
	return out
}
