package material

// "Need to" before a verb is a semi-modal: "we need to provide them to
// you" binds the subject to providing them as "we must provide them"
// does, and a plain "we provide them" states the same act as "will" does
// (b72-14, a UX writer's "we need to use your personal information" → "we
// use your personal information"). "Need" folds to "require", so the
// semi-modal reads "require to" / "requires to"; what a rule or a law
// requires ("the law requires that", "we are required to", a legal
// ground) is written with "that", an object or the passive, never with
// "to" straight after the verb, and stays a duty of its own. A need made
// a choice ("where we need to retain data" → "where we choose to
// retain") is a change of force.

// needAuxAt reports the semi-modal "need to" (folded "require to") at
// ws[i] where other states its verb as a plain act, not after another
// "to": "we need to retain" beside "we retain" or "we will retain" is the
// same duty, beside "we choose to retain" a choice (b41-41).
func needAuxAt(ws []string, i int, other []string) bool {
	if ws[i] != "require" && ws[i] != "requires" || i+2 >= len(ws) || ws[i+1] != "to" {
		return false
	}
	v := stem(ws[i+2])
	for k := 1; k < len(other); k++ {
		if other[k-1] != "to" && stem(other[k]) == v {
			return true
		}
	}
	return false
}
