package material

// doSoVerbs are the forms of "do" that, with "so", stand for a verb
// phrase said before: "we do not sell your data, and will not do so".
var doSoVerbs = map[string]bool{"do": true, "does": true, "did": true, "doing": true, "done": true}

// doSoBack returns folded words ws with "do so" written out as the verb
// phrase it stands for, where other writes that phrase out in its place
// and ws says the phrase a few words before: "we do not sell your data
// and will not do so in the future" is "… and will not sell your data in
// the future". Only an edit that trades "do so" for the phrase, the rest
// of the sentence the same, is rewritten, and only when the phrase is
// the one just said (at most five words between: "and will not"), so
// "do so" that stands for another act ("we do not sell your data and
// will not share your data" → "… and will not do so") keeps its words,
// as does a modal beside it that changed. ws itself when nothing is
// rewritten.
func doSoBack(ws, other []string) []string {
	p := 0 // the words both sides open with
	for p < len(ws) && p < len(other) && ws[p] == other[p] {
		p++
	}
	s := 0 // and end with
	for s < len(ws)-p && s < len(other)-p && ws[len(ws)-1-s] == other[len(other)-1-s] {
		s++
	}
	if len(ws)-s-p != 2 || !doSoVerbs[ws[p]] || ws[p+1] != "so" {
		return ws
	}
	phrase := other[p : len(other)-s]
	if len(phrase) == 0 || len(phrase) > 12 {
		return ws
	}
	for e := p; e >= len(phrase) && e >= p-5; e-- {
		if equalWords(ws[e-len(phrase):e], phrase) {
			out := make([]string, 0, len(ws)+len(phrase))
			out = append(append(append(out, ws[:p]...), phrase...), ws[p+2:]...)
			return out
		}
	}
	return ws
}
