package material

import (
	"maps"
	"slices"
	"strings"
)

// A verb joined by "and" to a clause under "may" is under "may" too:
// "We may add further companies in the future. When we do so, we will
// update this notice." → "We may add further companies in the future and
// update this notice when we do so." keeps every word of content, and the
// promise to update the notice becomes a thing the author may do (b98-12).
// The "will" is gone, and a "will" dropped is most often only a tense
// ("we will notify" → "we notify"); where the verb is now carried by a
// weaker modal before it, it is a commitment weakened, and the reverse
// strengthened.

// modalStrength orders the modals a verb can be carried by.
var modalStrength = map[string]int{"will": 2, "shall": 2, "must": 2, "may": 1, "might": 1, "can": 1, "could": 1}

// modalFillers are the words between a modal and its verb that are not
// the verb: "will be", "will not", "will also".
var modalFillers = map[string]bool{"be": true, "also": true, "then": true, "still": true, "have": true, "been": true, "always": true,
	"promptly": true, "automatically": true, "only": true, "usually": true, "generally": true}

// pronounSubject reports a pronoun that opens a clause of its own: a
// modal before one carries none of the verbs after it. The subject
// pronouns of the ellipsis rules, and "it".
func pronounSubject(w string) bool { return subjectPronouns[w] || w == "it" }

// carriedModals gives, for each verb of s that a modal carries, the modal
// and whether the verb is joined to it by "and" or "or" across other words.
func carriedModals(s string) map[string][]carried {
	out := map[string][]carried{}
	for _, sent := range sentences(s) {
		ws := lowerWords(sent)
		for i, w := range ws {
			if modalStrength[w] == 0 || i+1 >= len(ws) {
				continue
			}
			j := i + 1
			for j < len(ws) && modalFillers[ws[j]] {
				j++
			}
			if j >= len(ws) || ws[j] == "not" || modalStrength[ws[j]] > 0 {
				continue // a denial is read by the rules of negation
			}
			out[ws[j]] = append(out[ws[j]], carried{modal: w})
			// Verbs joined after it: "may add … and update".
			for k := j + 1; k+1 < len(ws); k++ {
				if pronounSubject(ws[k]) || modalStrength[ws[k]] > 0 || ws[k] == "not" {
					break
				}
				if ws[k] == "and" || ws[k] == "or" {
					out[ws[k+1]] = append(out[ws[k+1]], carried{modal: w, joined: true})
				}
			}
		}
	}
	return out
}

type carried struct {
	modal  string
	joined bool
}

// modalCarried reports a verb that one modal carries as written on one
// side and, on the other, one of another strength carries through "and":
// its word and the two modals.
func modalCarried(old, new string) (verb, was, now string) {
	if !modalsMoved(old, new) {
		return "", "", ""
	}
	co, cn := carriedModals(old), carriedModals(new)
	for _, v := range slices.Sorted(maps.Keys(co)) {
		os, ns := co[v], cn[v]
		if len(os) != 1 || len(ns) != 1 {
			continue
		}
		if o, n := os[0], ns[0]; o.joined != n.joined && modalStrength[o.modal] != modalStrength[n.modal] {
			return v, o.modal, n.modal
		}
	}
	return "", "", ""
}

// modalsMoved reports that the words the two sides differ in hold a
// modal, a joining "and" or "or", a subject or a sentence's end: where
// they hold none, every verb keeps the modal that carried it. Asked of
// every change the rules find the same, this spares reading its
// sentences.
func modalsMoved(old, new string) bool {
	p, q := sharedEnds(old, new)
	// Whole words: "shall" and "should" share "sh".
	for p > 0 && old[p-1] != ' ' {
		p--
	}
	for q > 0 && old[len(old)-q] != ' ' {
		q--
	}
	for _, mid := range []string{old[p : len(old)-q], new[p : len(new)-q]} {
		if strings.ContainsAny(mid, ".;!?") {
			return true
		}
		for _, w := range strings.Fields(strings.ToLower(mid)) {
			w = strings.Trim(w, ",:()\"'“”‘’")
			if modalStrength[w] > 0 || pronounSubject(w) || w == "and" || w == "or" {
				return true
			}
		}
	}
	return false
}
