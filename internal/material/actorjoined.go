package material

import (
	"fmt"
	"slices"
	"strings"
)

// otherActors are the subjects, besides the author and the reader, that a
// policy gives a task to: the customers it processes data for, their
// controllers, the parents of a child, "they".
var otherActors = map[string]bool{"they": true, "customers": true, "customer": true, "controllers": true, "controller": true,
	"parents": true, "parent": true, "guardians": true, "guardian": true, "processors": true, "processor": true,
	"partners": true, "partner": true, "administrators": true, "administrator": true, "employers": true, "employer": true}

// actorJoined reports a verb that the author does on one side and
// another party on the other, or both on one side and one on the other:
// "our customers determine what data is collected and how long it is kept"
// → "…, while we determine how long it is kept" hands one decision to the
// author. It returns the two readings, "" when no verb changed hands.
func actorJoined(old, new []string) string {
	if len(old) < 3 || len(new) < 3 {
		return ""
	}
	// verbs gives each verb the subjects that do it, the author as "we".
	verbs := func(ws []string) map[string][]string {
		m := map[string][]string{}
		for i, w := range ws {
			subj := w
			switch {
			case subjects[w] == 1:
				subj = "we"
			case !otherActors[w]:
				continue
			}
			if j := verbAfter(ws, i); j < len(ws) && subjects[ws[j]] == 0 && !otherActors[ws[j]] && lexPOS(ws[j], 'v') && !slices.Contains(m[ws[j]], subj) {
				m[ws[j]] = append(m[ws[j]], subj)
			}
		}
		return m
	}
	if !slices.ContainsFunc(old, func(w string) bool { return otherActors[w] }) && !slices.ContainsFunc(new, func(w string) bool { return otherActors[w] }) {
		return ""
	}
	o, n := verbs(old), verbs(new)
	for _, w := range old { // in the order of the text, for a stable reason
		so, sn := o[w], n[w]
		if len(so) == 0 || len(sn) == 0 {
			continue
		}
		we := slices.Contains(so, "we") != slices.Contains(sn, "we")
		other := slices.ContainsFunc(so, func(s string) bool { return otherActors[s] }) || slices.ContainsFunc(sn, func(s string) bool { return otherActors[s] })
		if we && other {
			say := func(ss []string) string {
				var out []string
				for _, s := range ss {
					out = append(out, s+" "+w)
				}
				return "'" + strings.Join(out, "', '") + "'"
			}
			return fmt.Sprintf("%s → %s", say(so), say(sn))
		}
	}
	return ""
}
