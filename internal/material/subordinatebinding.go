package material

import "strings"

// A duty named inside a clause of a case or a manner binds that clause,
// not the commitment: in "we will not share it except as required by
// law", "required" says what the law asks, the case the exception names;
// the sentence's own force is "will not … except". Said again as "or to
// comply with the law" (b37-40), or "where the law requires it", the
// commitment's force is the same: no duty of the predicate went away.
// The subordinators are a closed class of grammar: the conjunctions and
// the "as" that open a clause of condition, time or manner.

// subordinators open a clause of condition, time, exception or manner.
var subordinators = map[string]bool{"as": true, "where": true, "when": true, "if": true, "unless": true, "except": true,
	"wherever": true, "whenever": true, "once": true, "until": true}

// subordinateAt reports the force word at ws[i] right after a
// subordinator, or after one and an adverb in -ly ("where legally
// required", "as strictly required").
func subordinateAt(ws []string, i int) bool {
	if i > 0 && subordinators[ws[i-1]] {
		return true
	}
	return i > 1 && subordinators[ws[i-2]] && len(ws[i-1]) > 4 && strings.HasSuffix(ws[i-1], "ly")
}

// subordinatePermission reports a leave said right after a subordinator
// ("as permitted by law", "where legally allowed"): a clause of a case
// that permits.
func subordinatePermission(ws []string) bool {
	for i := range ws {
		if w := ws[i]; (strings.HasPrefix(w, "permit") || strings.HasPrefix(w, "allow") || strings.HasPrefix(w, "authori")) && subordinateAt(ws, i) {
			return true
		}
	}
	return false
}
