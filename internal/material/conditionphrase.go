package material

// A condition said as a phrase is the condition said as a clause, the
// same case: "If a deletion request is received: omnie follows client
// instructions" is "For deletion requests: …" and "On receipt of a
// deletion request: …" (b72-46, a UX writer shortening the omnie seed);
// "If OmniCRM becomes aware of a breach, we will notify" is "On becoming
// aware of a breach, we will notify"; "Where such transfers occur,
// safeguards are implemented" is "For such transfers, …".
//
// Two readings make that so. A clause opened by "on" or "upon" and a
// gerund is a clause of time ("upon learning that", "on becoming
// aware"), the preposition of time with the verb's -ing form, a grammar
// class, and so is "on receipt of", the arrival said as a noun as "upon
// request" says "if you ask": each is counted as the condition it states
// (gerundConditionAt).
// And a verb that only says the thing named takes place or arrives
// ("occur", "happen", "arise", "take place"; "is received", the passive
// of what reaches us) carries no content of its own once the condition
// is said as the noun alone ("for such transfers"): sameContent skips it
// (occurrenceVerb), as it skips "make" ("if we make changes").

// gerundConditionAt returns the length of a clause of time opened by
// "on" or "upon" at ws[i], the text's start or a conjunction before it:
// a gerund after ("upon learning that we have collected", "on becoming
// aware"), or "receipt of" ("on receipt of a deletion request" is "when
// a deletion request is received"), 0 when there is none. After a verb,
// "on" is the verb's own ("based on processing", "rely upon
// receiving"): no condition. "Receipt" stays a word of content, not of
// force: "within a month of receipt" counts a period from it.
func gerundConditionAt(ws []string, i int) int {
	if ws[i] != "on" && ws[i] != "upon" || i+1 >= len(ws) || i > 0 && !gerundOpeners[ws[i-1]] {
		return 0
	}
	g := ws[i+1]
	if g == "receipt" && i+2 < len(ws) && ws[i+2] == "of" {
		return 3
	}
	if len(g) < 6 || g[len(g)-3:] != "ing" {
		return 0
	}
	return 1
}

// gerundOpeners are the conjunctions after which a clause of time may
// open: "and, upon receiving it, we will".
var gerundOpeners = map[string]bool{"and": true, "but": true, "or": true, "then": true, "that": true, "so": true}

// occurrenceVerbs say only that what their subject names takes place: the
// intransitive verbs of occurrence, a closed class.
var occurrenceVerbs = map[string]bool{"occur": true, "occurs": true, "occurred": true, "happen": true, "happens": true, "happened": true,
	"arise": true, "arises": true, "arose": true}

// occurrenceVerb reports ws[i] a verb that only says its subject takes
// place: a verb of occurrence, "take(s) place", or the passive "is/are
// received" of a thing that reaches us.
func occurrenceVerb(ws []string, i int) bool {
	w := ws[i]
	switch {
	case occurrenceVerbs[w]:
		return true
	case w == "place":
		return i > 0 && (ws[i-1] == "take" || ws[i-1] == "takes")
	case w == "take" || w == "takes":
		return i+1 < len(ws) && ws[i+1] == "place"
	case w == "received":
		return i > 0 && (ws[i-1] == "is" || ws[i-1] == "are")
	}
	return false
}

// withoutOccurrence returns ws without its verbs of occurrence, and
// without each "to do so" that takes up the main clause's verb after the
// condition's noun ("only when we have a valid legal basis to do so" is
// "only with a valid legal basis", b72-22): ws itself when it has none.
func withoutOccurrence(ws []string) []string {
	return replaceRuns(ws, func(ws []string, i int) (int, []string) {
		switch {
		case occurrenceVerb(ws, i):
			return 1, nil
		case ws[i] == "to" && i+2 < len(ws) && ws[i+1] == "do" && ws[i+2] == "so":
			return 3, nil
		}
		return 0, nil
	})
}
