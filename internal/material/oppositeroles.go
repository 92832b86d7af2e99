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
// Only nouns are compared, a thing asked and a thing answered, and verbs:
// "unless a longer period is required or permitted by law" → "unless the
// law requires or allows us to keep it longer" adds "keep", an opposite
// of one sense of "permit", beside "allows", which means it. An adjective
// or particle has senses enough to be close to almost anything ("off" to
// "turned").
func oppositeBesideRestated(wn *lexicon, removed, added []string, r, a string) bool {
	for _, x := range added {
		if x != a && x != r && samePOS(r, x) && wn.close(r, x) && !wn.close(a, x) {
			return true
		}
	}
	for _, y := range removed {
		if y != r && y != a && samePOS(a, y) && wn.close(a, y) && !wn.close(r, y) {
			return true
		}
	}
	return false
}

// samePOS reports two nouns, or two verbs neither of which is a
// particle ("off" is a verb too, rarely: "turned on" restates it not).
func samePOS(a, b string) bool {
	return lexPOS(a, 'n') && lexPOS(b, 'n') || lexPOS(a, 'v') && lexPOS(b, 'v') && !particles[a] && !particles[b]
}
