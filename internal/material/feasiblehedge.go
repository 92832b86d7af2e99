package material

// A "where" right after a verb of telling opens that verb's object ("this
// section specifies where your data is stored": whObject, no condition),
// unless what follows is a standard the act is measured by: "use it only
// for the purposes we specify, where feasible" hedges the use. The comma
// that marks the hedge is folded away, so the words decide: an object
// clause has a subject and a verb after "where"; a hedge has only the
// standard's adjective, or its adverb and adjective (standardKind's
// words: a closed class, standard.go). The Omni Software seed's sentence
// with ", where feasible" added read "Same commitments, reworded".

// standardAfter reports a standard's adjective right after the "where" at
// ws[i], or its adverb and then its adjective ("where technically
// feasible").
func standardAfter(ws []string, i int) bool {
	j := i + 1
	if j < len(ws) && standardAdverb(ws[j]) {
		j++
	}
	return j < len(ws) && standardKind[ws[j]] != "" && !standardAdverb(ws[j])
}

// standardAdverb reports an adverb naming a standard's kind
// ("technically", "commercially", "legally").
func standardAdverb(w string) bool {
	return len(w) > 2 && w[len(w)-2:] == "ly" && standardKind[w] != ""
}
