package material

import "slices"

// mergedRestatement reports two sentences made one, the second's words
// that restated the first now a pointer back: "… to other Kraken group
// companies, service providers and business partners. Transfers outside of
// your home jurisdiction are done in accordance with lawful transfer
// mechanisms" → "…, and we make such transfers in accordance with …"
// (b55-14), "We share aggregated or anonymized information with third
// parties … The information we share in this context cannot be used to
// identify individual users" → "… information, which cannot be used to
// identify individual users, with third parties …" (b55-20). Both read
// words the rules could not explain ("home", "jurisdiction"), though the
// sentence left says them. The duty is the same: "such transfers" are the
// transfers the sentence names, and "which" the information it shares.
// Each word left unexplained must still stand in the new sentence, or be
// the noun of a pointer the old one had ("in this context"); the new text
// must point back ("such", "which", "these"); and the old text must have
// had more sentences than the new. A qualifier the new sentence does not
// say ("Transfers to the US are …" → "such transfers") names what it no
// longer does, and stays a word to confirm; a hedge or a negation changed
// is caught before.
// Two sentences must become one, and a word said again must be said once
// fewer: a label rewritten ("Firefox Account:" → "Email address:") adds
// the words it seems to restate.
// left are the words unexplained, fOld, fNew and added the folded words of
// the two texts and those added, ctxOld and ctxNew the changed sentences.
func mergedRestatement(left, fOld, fNew, added []string, ctxOld, ctxNew string) bool {
	if len(left) == 0 || len(sentences(ctxOld)) != 2 || len(sentences(ctxNew)) != 1 || !slices.ContainsFunc(added, func(w string) bool { return backPointers[w] }) {
		return false
	}
	old := plainWords(ctxOld)
	for _, w := range left {
		if n := countWord(fNew, w); n > 0 && countWord(fOld, w) > n {
			continue // said once fewer: the restatement dropped
		}
		// "in this context", "in that case": the noun of a pointer.
		pointed := false
		for i := 1; i < len(old); i++ {
			if old[i] == w && (old[i-1] == "this" || old[i-1] == "that" || old[i-1] == "such") {
				pointed = true
			}
		}
		if !pointed {
			return false
		}
	}
	return true
}

// backPointers point back to what a sentence already named.
var backPointers = map[string]bool{"such": true, "which": true, "these": true, "those": true, "this": true, "that": true, "it": true, "them": true, "they": true}
