package material

// When a protective measure is applied is a term of the measure: "API
// keys are encrypted before storage" → "… before transmission" leaves
// stored keys uncovered (b49-35). The words changed name storage or
// transfer, retention's and transfers' words, so the rules filed it
// there; the measure the sentence keeps decides.

// measureStems open the verbs of a protective measure.
var measureStems = []string{"encrypt", "hash", "tokenis", "tokeniz", "pseudonymis", "pseudonymiz", "mask"}

// momentWords say when a measure is applied.
var momentWords = map[string]bool{"before": true, "after": true, "during": true, "upon": true, "until": true, "prior": true, "to": true, "at": true, "in": true}

// measureMoment reports a change right after a word of when, in a
// sentence whose words both sides keep name a protective measure.
func measureMoment(fOld, fNew []string) bool {
	p, os, ns := changedSpan(fOld, fNew)
	if p == 0 || os == p || ns == p || !momentWords[fOld[p-1]] {
		return false
	}
	for _, w := range fOld[:p] {
		for _, s := range measureStems {
			if len(w) >= len(s) && w[:len(s)] == s {
				return true
			}
		}
	}
	return false
}
