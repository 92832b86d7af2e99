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
	pointer := func(w string) bool {
		return w == "that" || w == "this" || w == "these" || w == "those" || w == "such"
	}
	universal := func(w string) bool { return w == "any" || w == "all" || w == "every" || w == "each" }
	if os-p == 1 && ns-p == 1 && p+1 < len(old) {
		o, n := old[p], new[p]
		switch {
		case pointer(o) && universal(n):
			return n, true, true
		case universal(o) && pointer(n):
			return n, false, true
		}
	}
	// "these rights" → "the latter right": the noun's number changes too
	if ns-p == 3 && os-p == 2 && (old[p] == "these" || old[p] == "those") && new[p] == "the" && (new[p+1] == "latter" || new[p+1] == "former") {
		return "the " + new[p+1], false, true
	}
	return "", false, false
}
