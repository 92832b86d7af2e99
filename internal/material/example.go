package material

// likeAfter are the words after which "like" is a verb, not a preposition
// that introduces an example: "you might like", "if you would like".
var likeAfter = map[string]bool{"i": true, "you": true, "we": true, "they": true, "he": true, "she": true, "who": true, "would": true,
	"might": true, "may": true, "can": true, "could": true, "will": true, "to": true, "not": true, "do": true, "does": true, "did": true,
	"don't": true, "d": true, "ll": true, "really": true, "also": true}

// examples counts the examples a folded sentence introduces: the words
// the rulebook folds to "for example" ("such as", "e.g.", "including"),
// and "like" where it is no verb ("settings (like GPS)").
func examples(ws []string) int {
	n := 0
	for i, w := range ws {
		if w == "example" || w == "like" && i > 0 && !likeAfter[ws[i-1]] {
			n++
		}
	}
	return n
}

// sameExamples returns a test for the word "example" where both sentences
// introduce as many examples, in other words: "Content that you create,
// such as posts" → "Content you create, like posts". The examples are
// compared word by word; only the words that introduce them are
// explained. An example added or removed ("… date. For example, we …")
// explains nothing.
func sameExamples(old, new []string) func(string) bool {
	n := examples(old)
	if n == 0 || n != examples(new) {
		return func(string) bool { return false }
	}
	return func(w string) bool { return w == "example" }
}

// contentWords drops grammar words and "example", which introduces one.
func (ix *index) contentWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !ix.grammar[w] && w != "example" {
			out = append(out, w)
		}
	}
	return out
}
