package material

import (
	"math/rand"
	"testing"
)

// TestOppositeInIndexed checks that oppositeIn, which looks a removed
// word's opposites up among the added words (oppositefind.go) and finds
// each text's force phrases once, names the pair the plain reading names:
// every removed word against every added word, in order, each text's
// forces found again for each pair. Lists long enough for the index are
// made of words that are opposites ("include" and "exclude", "on" and
// "off", "public" and "private"), force words ("any", "each", "may"),
// particles and nouns beside them, repeated.
func TestOppositeInIndexed(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	wn := wordNet()
	plain := func(removed, added, old, new []string) string {
		for _, r := range removed {
			for _, a := range added {
				if r != a && !c.forceAlone(r) && !c.forceAlone(a) && !c.forceOnly(old, r) && !c.forceOnly(new, a) && (wn.opposite(r, a) || wn.opposite(a, r)) &&
					!(documentPlace(old, r) && documentPlace(new, a)) && !particlesApart(old, r, new, a) && !oppositeBesideRestated(wn, removed, added, r, a) {
					return "'" + r + "' → '" + a + "'"
				}
			}
		}
		return ""
	}
	vocab := []string{"include", "exclude", "on", "off", "in", "out", "up", "down", "public", "private", "allow", "deny", "permit",
		"forbid", "any", "each", "all", "some", "may", "must", "lets", "you", "opt", "by", "default", "section", "table", "page",
		"buyer", "seller", "sell", "buy", "increase", "decrease", "accept", "reject", "enable", "disable", "data", "share", "we",
		"before", "after", "always", "never", "first", "last", "internal", "external", "inside", "outside", "can", "cannot"}
	rng := rand.New(rand.NewSource(8))
	words := func(n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[rng.Intn(len(vocab))]
		}
		return ws
	}
	found := 0
	for trial := 0; trial < 400; trial++ {
		n := 1 + rng.Intn(90)
		old, new := words(n+rng.Intn(20)), words(n+rng.Intn(20))
		removed, added := words(1+rng.Intn(n)), words(1+rng.Intn(n))
		want := plain(removed, added, old, new)
		if got := c.oppositeIn(removed, added, old, new); got != want {
			t.Fatalf("oppositeIn(%q, %q, %q, %q) = %q, want %q", removed, added, old, new, got, want)
		}
		if want != "" {
			found++
		}
	}
	if found < 50 {
		t.Errorf("only %d trials of 400 found an opposite: the lists test too little", found)
	}
}
