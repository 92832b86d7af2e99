package material

import "slices"

// instrumentPreps are the prepositions that name what an act is done with:
// "with encryption", "by encryption", "using encryption" (folded to "via").
var instrumentPreps = map[string]bool{"with": true, "by": true, "via": true}

// sameInstrument returns folded words with "use X to V" written as "V …
// with X" where the other side says V with X: "we use encryption to protect
// your data" is "we protect your data with encryption" and "your data is
// protected by encryption". What is used, and what for, must be the same
// words on both sides: "we use cookies to remember your preferences" →
// "we remember your preferences with analytics cookies" keeps a changed
// instrument. a and b are not changed; copies are returned when a phrase
// is rewritten.
func sameInstrument(a, b []string) ([]string, []string) {
	if na, nb, ok := instrumentOnce(a, b); ok {
		return na, nb
	}
	if nb, na, ok := instrumentOnce(b, a); ok {
		return na, nb
	}
	return a, b
}

// instrumentOnce finds "use X to V" in a and "V … with X" (or "V-ed … by
// X") in b, and returns both with X moved after the preposition at the
// end, V for its form in b, and "use" and "to" dropped.
func instrumentOnce(a, b []string) ([]string, []string, bool) {
	for i, w := range a {
		// "use" folds to "utilise" (rules.toml's synonyms).
		if w != "utilise" || slices.Contains(b, "utilise") {
			continue
		}
		j := i + 2
		for j < len(a) && j <= i+6 && a[j] != "to" {
			j++
		}
		if j+1 >= len(a) || j > i+6 || a[j] != "to" {
			continue
		}
		x, v := a[i+1:j], a[j+1]
		// a as b is rewritten to: "we V … with X".
		withX := func() []string { return append(append(append(slices.Clone(a[:i:i]), a[j+1:]...), "with"), x...) }
		// In b: the instrument after its preposition, and the verb.
		p := -1
		for k := 0; k+len(x) < len(b); k++ {
			if instrumentPreps[b[k]] && slices.Equal(b[k+1:k+1+len(x)], x) {
				p = k
				break
			}
		}
		if p < 0 {
			if nb, ok := helpsUs(b, x, v); ok {
				return withX(), nb, true
			}
			continue
		}
		vb := -1
		for k, u := range b {
			if k > p && k <= p+len(x) {
				continue
			}
			if u == v || slices.Contains(verbForms(u), v) {
				vb = k
				break
			}
		}
		if vb < 0 {
			continue
		}
		nb := slices.Clone(b)
		nb[vb] = v
		nb = append(append(slices.Delete(nb, p, p+1+len(x)), "with"), x...)
		return withX(), nb, true
	}
	return a, b, false
}

// verbForms returns the verbs a past or present form may be of:
// "protected" of "protect", "stored" of "store", "sent" of "send".
func verbForms(w string) []string {
	if l, ok := participles[w]; ok {
		return []string{l}
	}
	var out []string
	for _, r := range [][2]string{{"ied", "y"}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}, {"es", ""}, {"s", ""}} {
		if len(w) > len(r[0])+2 && w[len(w)-len(r[0]):] == r[0] {
			out = append(out, w[:len(w)-len(r[0])]+r[1])
		}
	}
	return out
}

// helpVerbs say an instrument makes an act possible: "cookies help us
// remember", "the logs enable us to detect" ("help" folds to "assist").
var helpVerbs = map[string]bool{"assist": true, "assists": true, "help": true, "helps": true, "enable": true, "enables": true, "let": true, "lets": true}

// helpsUs finds "X helps us (to) V" in b and returns b with it written
// "we V … with X", as instrumentOnce writes "we use X to V": "Cookies help
// us remember your preferences" is "We use cookies to remember your
// preferences".
func helpsUs(b, x []string, v string) ([]string, bool) {
	for k := 0; k+len(x)+2 < len(b); k++ {
		if !slices.Equal(b[k:k+len(x)], x) || !helpVerbs[b[k+len(x)]] || b[k+len(x)+1] != "us" {
			continue
		}
		m := k + len(x) + 2
		if b[m] == "to" {
			m++
		}
		if m >= len(b) || b[m] != v {
			continue
		}
		nb := append(append(slices.Clone(b[:k:k]), "we"), b[m:]...)
		return append(append(nb, "with"), x...), true
	}
	return nil, false
}
