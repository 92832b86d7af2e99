package material

import "strings"

// "If Urban Dictionary is acquired by another company" → "If Urban
// Dictionary acquires another company": the same words, but the party
// that acts is now the other one. A passive made active must put its
// agent first ("another company acquires Urban Dictionary"); made active
// in place, it swaps who does what to whom.

// beForms are the forms of "be" a passive is made with.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// passiveSwapped returns the verb of a passive "S is V-ed by A" that new
// says actively in place, "S V-s A", the words before and after the same:
// the subject now does to the agent what the agent did to it.
func passiveSwapped(old, new []string) string {
	// The passive starts where old and new first differ: one look, not a
	// scan of the whole text for each "is … by".
	i, _, _ := changedSpan(old, new)
	if i+2 >= len(old) || i >= len(new) || !beForms[old[i]] || old[i+2] != "by" {
		return ""
	}
	part := old[i+1]
	if !strings.HasSuffix(part, "ed") && !strings.HasSuffix(part, "en") || !equalWords(old[i+3:], new[i+1:]) {
		return ""
	}
	if v := new[i]; v != part && stem(v) == stem(part) {
		return v
	}
	return ""
}
