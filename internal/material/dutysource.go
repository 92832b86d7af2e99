package material

import "slices"

// An adverb that says where a duty comes from, put before the word of the
// duty, keeps the duty: "service providers … are obligated to protect it"
// → "… are contractually bound to protect it", "These third parties are
// required to" → "… are contractually required to" (b102-34, b106-14,
// b110-33). The duty is the same; only its source is named. Said of a
// condition ("where required" → "where legally required") it narrows what
// counts, and is not read here: only a duty a party is under, after a
// form of "be".

// dutySources are the adverbs that name the source of a duty.
// ("legally" folds to "by law", a ground of its own: "required by law").
var dutySources = map[string]bool{"contractually": true}

// dutyWords are the participles that put a party under a duty.
var dutyWords = map[string]bool{"bound": true, "obliged": true, "obligated": true, "required": true}

// dutySource returns a test for an adverb of dutySources that one side
// puts between a form of "be" (beForms, passiveswap.go) and a word of
// duty followed by "to", where the other side states a duty the same way
// without it.
func dutySource(old, new []string) func(string) bool {
	duty := func(ws []string, i int) bool {
		return i > 0 && i+1 < len(ws) && beForms[ws[i-1]] && dutyWords[ws[i]] && ws[i+1] == "to"
	}
	plain := func(ws []string) bool {
		for i := range ws {
			if duty(ws, i) {
				return true
			}
		}
		return false
	}
	named := func(ws, other []string) bool {
		if !plain(other) {
			return false
		}
		for i := 1; i+1 < len(ws); i++ {
			if dutySources[ws[i]] && beForms[ws[i-1]] && i+2 < len(ws) && dutyWords[ws[i+1]] && ws[i+2] == "to" && !slices.Contains(other, ws[i]) {
				return true
			}
		}
		return false
	}
	ok := named(old, new) || named(new, old)
	return func(w string) bool { return ok && dutySources[w] }
}
