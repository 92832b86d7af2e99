package material

import "github.com/redline-legal/redline/internal/levenshtein"

// threatMisspelt reports a word of a list of what data is kept safe from,
// written as another English word a letter or two apart: "from
// unauthorized access, use, disclosure, destruction, and altercation" →
// "… and alteration" (b55-18, read a word the rules could not explain).
// Both are words, so the spell check of typos passes neither; but the
// list names harms to data, and a word of that list mended or marred by a
// letter is the same harm: the reader is protected from no more and no
// less. Only the long harm words count ("alteration", "destruction"): a
// short one ("use", "access") has too many neighbours that are words of
// their own, and "processing" is an act, not a harm.
func threatMisspelt(a, b string) bool {
	if len(a) < 8 || len(b) < 8 || threats[a] == threats[b] || levenshtein.Distance(a, b) > 2 {
		return false
	}
	w := a
	if threats[b] {
		w = b
	}
	return w != "processing"
}
