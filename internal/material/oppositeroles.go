package material

// oppositeRoles: a word and its opposite can play two roles in one
// sentence, a question and its answer: "we will do our best to address
// your inquiries" → "… to answer your questions" (b41-11) adds "answer",
// the opposite of "inquiry", but also "questions", which means it. What
// was removed is restated beside its opposite: nothing is reversed.
// "enabled" → "disabled", with no "enabled" said again, still is.

// oppositeBesideRestated reports the opposite a, added for r, beside
// another added word that means r, or r removed beside another removed
// word that means a.
//
// Only nouns are compared: a thing asked and a thing answered. An
// adjective or particle has senses enough to be close to almost anything
// ("off" to "turned").
func oppositeBesideRestated(wn *lexicon, removed, added []string, r, a string) bool {
	for _, x := range added {
		if x != a && x != r && lexPOS(r, 'n') && lexPOS(x, 'n') && wn.close(r, x) && !wn.close(a, x) {
			return true
		}
	}
	for _, y := range removed {
		if y != r && y != a && lexPOS(a, 'n') && lexPOS(y, 'n') && wn.close(a, y) && !wn.close(r, y) {
			return true
		}
	}
	return false
}
