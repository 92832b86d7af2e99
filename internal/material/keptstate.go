package material

import (
	"slices"
	"strings"
)

// keptState returns ws with "kept" left out where it says a state is
// kept up that other says is, and the state's participle as its
// adjective: "customer data is kept logically separate by domain" says
// what "customer data is logically separated by domain" does. "kept"
// there is the copula of a state (separate, secure, confidential), not
// how long data is held: "kept for two years", "kept in the EU", "kept
// until" are kept, and so is "kept" where the other side names no such
// state. The slice is ws when nothing is rewritten.
func keptState(ws, other []string) []string {
	if slices.Contains(other, "kept") {
		return stateParticiple(ws)
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "kept" || !copulas[ws[i-1]] && !reducedKept(ws, i) {
			continue
		}
		j := i + 1
		if len(ws[j]) > 4 && ws[j][len(ws[j])-2:] == "ly" && j+1 < len(ws) {
			j++ // "kept logically separate"
		}
		st := stateWord(ws[j])
		if !stateAdjective(ws[j]) || !slices.ContainsFunc(other, func(w string) bool { return stateWord(w) == st }) {
			continue
		}
		out := append(make([]string, 0, len(ws)-1), ws[:i]...)
		out = append(out, ws[i+1:j]...)
		out = append(out, st)
		return append(out, ws[j+1:]...)
	}
	return stateParticiple(ws)
}

// reducedKept reports a "kept" after a noun with no copula, a list item's
// or a heading's clause said short: "Access to sensitive information kept
// restricted" is "Access … is kept restricted" (b239-48, b241-48).
func reducedKept(ws []string, i int) bool {
	return !pronouns[ws[i-1]] && !subjectPronouns[ws[i-1]] && isNoun(ws[i-1])
}

// stateParticiple returns ws with a participle said after a copula as
// the adjective of its state: "is logically separated" is "is logically
// separate".
func stateParticiple(ws []string) []string {
	for i := 1; i < len(ws); i++ {
		if copulas[ws[i-1]] || i > 1 && copulas[ws[i-2]] && len(ws[i-1]) > 4 && ws[i-1][len(ws[i-1])-2:] == "ly" {
			if s := stateWord(ws[i]); s != ws[i] {
				out := append(make([]string, 0, len(ws)), ws[:i]...)
				out = append(out, s)
				return append(out, ws[i+1:]...)
			}
		}
	}
	return ws
}

// stateParticiples are participles that name the state their adjective
// does: "separated" is "separate".
var stateParticiples = map[string]string{"separated": "separate", "isolated": "isolated", "secured": "secure", "segregated": "segregated"}

// stateWord is w as the adjective of its state.
func stateWord(w string) string {
	if s, ok := stateParticiples[w]; ok {
		return s
	}
	return w
}

// stateAdjective reports a word WordNet knows as an adjective that says
// a state a thing is kept in ("separate", "secure", "confidential",
// "private", "encrypted"), no word of time or place ("for", "in",
// "until" are no adjectives).
func stateAdjective(w string) bool {
	if _, ok := stateParticiples[w]; ok {
		return true
	}
	if notStates[w] || len(w) < 4 || prepositions[w] || sharedPrepositions[w] || phrasePrepositions[w] {
		return false // "kept in our archive", "kept until"
	}
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] != 'r' && strings.ContainsRune(e[0].pos, 'a')
}

// notStates are adjectives that say how long or how far, not a state:
// "kept longer", "kept only for".
var notStates = map[string]bool{"long": true, "longer": true, "longest": true, "only": true, "up": true, "short": true, "shorter": true,
	"until": true, "within": true, "after": true, "before": true, "throughout": true, "indefinitely": true, "forever": true}
