package material

import (
	"slices"
	"strings"
)

// A verb of two words is a verb: "when you sign up for an account" says
// what "when you register for an account" does (b66-31). The plain-language
// rewriter trades one-word verbs for phrasal ones ("register" → "sign up",
// "access" → "log in"), whose first word WordNet reads first as a noun
// ("sign", "log"), so that, alone, it looks like a thing named. WordNet
// lists the phrasal verb as a lemma of its own ("sign_up", "log_in"), and
// a verb is ordinary English naming nothing (lexicon.ordinary): what the
// sentence acts on, the nouns around the verb, is compared as before.
//
// phrasalVerb returns a test for a word that begins such a verb on either
// side, as the sentence writes it, where the other side's changed words
// hold a verb it stands for: not after a determiner, where the word is the
// noun ("the sign up front", "a log in Ireland"), and not where the verb
// is only dropped ("the device you use to sign in" → "every device you
// use" no longer says which devices: X13 of testdata/ordinarywords.txt).
func phrasalVerb(old, new, removed, added []string) func(string) bool {
	verbs := map[string]bool{}
	for side, ws := range [][]string{old, new} {
		other := added
		if side == 1 {
			other = removed
		}
		if !slices.ContainsFunc(other, canBeVerb) {
			continue
		}
		for i := range twoWordVerbs(ws) {
			if i > 0 && determiners[ws[i-1]] {
				continue
			}
			verbs[ws[i]] = true
		}
	}
	return func(w string) bool { return verbs[w] }
}

// canBeVerb reports a word WordNet has a verb of, as it is inflected.
func canBeVerb(w string) bool {
	return slices.ContainsFunc(wordNet().entries(w), func(e lexEntry) bool { return strings.ContainsRune(e.pos, 'v') })
}
