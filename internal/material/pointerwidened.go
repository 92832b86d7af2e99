package material

// A word that points back at what the text named holds a commitment to
// that one; a quantifier in its place holds it for any: "your information
// may be transferred as part of that transaction" (the merger or sale
// just named) → "as part of any transaction" (b174-35). "The latter" or
// "the former" in place of a plural pointer keeps one of two: "Contact us
// to exercise these rights" → "… the latter right" (b174-25). The words
// are grammar, so the rules read the same commitments.

// pointerTraded returns the word put and whether the commitment was
// widened: a pointer ("that", "this", "these", "those", "such") traded
// for "any", "all", "every" or "each" before the same noun (widened), the
// reverse (narrowed), or a plural pointer traded for "the latter" or "the
// former" (narrowed).
func pointerTraded(old, new []string) (string, bool, bool) {
	p, os, ns := changedSpan(old, new)
	pointer := func(w string) bool { return demonstratives[w] || w == "such" }
	if os-p == 1 && ns-p == 1 && p+1 < len(old) {
		o, n := old[p], new[p]
		switch {
		case pointer(o) && universalWords[n]:
			return n, true, true
		case universalWords[o] && pointer(n):
			return n, false, true
		}
	}
	// "such transfers" → "transfers to the United States": the pointer
	// traded for a phrase that says which ones (b174-05)
	if os-p == 2 && ns-p >= 3 && ns-p <= 8 && (old[p] == "such" || old[p] == "these" || old[p] == "those") && new[p] == old[p+1] && whichPrepositions[new[p+1]] {
		return new[p+1] + " …", false, true
	}
	if ns-p == 2 && os-p >= 3 && os-p <= 8 && (new[p] == "such" || new[p] == "these" || new[p] == "those") && old[p] == new[p+1] && whichPrepositions[old[p+1]] {
		return new[p], true, true
	}
	// "these rights" → "the latter right": the noun's number changes too
	if ns-p == 3 && os-p == 2 && (old[p] == "these" || old[p] == "those") && new[p] == "the" && (new[p+1] == "latter" || new[p+1] == "former") {
		return "the " + new[p+1], false, true
	}
	return "", false, false
}

// whichPrepositions open a phrase that says which ones by where they go
// or whose they are: "transfers to the United States", "data from
// partners".
var whichPrepositions = map[string]bool{"to": true, "from": true, "in": true, "within": true, "outside": true, "of": true, "by": true}
