package material

import "strings"

// A word glossed in brackets by words that mean it says what it said: the
// right to "Correction (rectification) of inaccurate data" (b360-48),
// "Right to erasure (to have your personal data deleted)" (b362-10). The
// gloss's words must each mean the word they follow, in WordNet's senses
// or through the words it is derived from ("erasure", "erase", "delete"),
// besides the few that write a gloss ("to have your personal data").
// "Correction (and deletion)" adds a right; "processing (including
// profiling)" an example; they are read as written.

// glossWords are the words a gloss is written with, not what it says.
var glossWords = map[string]bool{"to": true, "have": true, "has": true, "be": true, "your": true, "the": true, "a": true, "an": true,
	"of": true, "ie": true, "i": true, "e": true, "that": true, "is": true, "or": true, "personal": true, "data": true,
	"information": true, "in": true, "other": true, "words": true, "called": true, "also": true, "known": true, "as": true, "it": true}

// bracketGlossed reports new as old with a bracket put in right after a
// word, whose words all mean that word.
func bracketGlossed(old, new string) bool {
	if strings.Count(new, "(") <= strings.Count(old, "(") {
		return false // no bracket put in
	}
	ow, nw := strings.Fields(old), strings.Fields(new)
	p, s, ok := insertion(ow, nw) // listinserted.go
	if !ok || p == 0 {
		return false
	}
	run := nw[p : len(nw)-s]
	if len(run) == 0 || len(run) > 8 || !strings.HasPrefix(run[0], "(") || !strings.HasSuffix(strings.TrimRight(run[len(run)-1], ".,;:"), ")") {
		return false
	}
	if strings.ContainsAny(nw[p-1], "()") {
		return false
	}
	term := strings.ToLower(trimPunct(nw[p-1]))
	wn := wordNet()
	means := func(g string) bool {
		if wn.close(term, g) {
			return true
		}
		for _, e := range wn.entries(term) {
			for _, f := range e.family {
				if f == g || wn.close(f, g) {
					return true
				}
			}
		}
		return false
	}
	n := 0
	for _, w := range run {
		g := strings.ToLower(trimPunct(w))
		if g == "" || glossWords[g] {
			continue
		}
		if !means(g) {
			return false
		}
		n++
	}
	return n > 0
}
