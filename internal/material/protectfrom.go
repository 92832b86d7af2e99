package material

import (
	"slices"
	"strings"
)

// protectionVerb reports a folded form of a verb of keeping something
// safe: "protect", "safeguard", "shield", "secure", "defend", "guard".
func protectionVerb(w string) bool {
	for _, p := range [...]string{"protect", "safeguard", "shield", "secur", "defend", "guard"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// protectedFrom returns a test for "against" where one side protects
// something "from" a harm and the other "against" the same harm:
// "measures to protect your information from unauthorized access" →
// "against unauthorized access". After a verb of protection the two
// prepositions name the same thing, what it is kept safe from; the word
// right after each must be the same, so a harm traded ("from loss" →
// "against theft") is still compared (threatsChanged).
func protectedFrom(old, new []string) func(string) bool {
	at := func(ws []string, prep string) []int {
		var out []int
		for i := 1; i+1 < len(ws); i++ {
			if ws[i] != prep {
				continue
			}
			for j := i - 1; j >= max(0, i-10); j-- {
				if protectionVerb(ws[j]) {
					out = append(out, i)
					break
				}
			}
		}
		return out
	}
	swapped := func(a, b []string) bool {
		for _, i := range at(a, "from") {
			for _, j := range at(b, "against") {
				if a[i+1] == b[j+1] {
					return true
				}
			}
		}
		return false
	}
	ok := false
	if slices.Contains(old, "against") || slices.Contains(new, "against") {
		ok = swapped(old, new) || swapped(new, old)
	}
	return func(w string) bool { return ok && w == "against" }
}
