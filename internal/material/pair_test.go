package material

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// pairNaive is the definition pair implements: each removed word, in
// order, takes the first added word not yet taken of the same stem; then
// each removed word left, in order, takes the first added word not yet
// taken that says the same.
func (c *classifier) pairNaive(removed, added []string) (ur, ua []string) {
	wn := wordNet()
	removed, added = c.pairable(removed), c.pairable(added)
	taken := make([]bool, len(added))
	byStem := make([]bool, len(removed))
	for k, r := range removed {
		for i, a := range added {
			if !taken[i] && c.sameCategories(r, a) && stem(r) == stem(a) {
				taken[i], byStem[k] = true, true
				break
			}
		}
	}
	for k, r := range removed {
		if byStem[k] {
			continue
		}
		found := false
		for i, a := range added {
			if !taken[i] && c.sameCategories(r, a) && (stem(r) == stem(a) || wn.close(r, a)) {
				taken[i], found = true, true
				break
			}
		}
		if !found {
			ur = append(ur, r)
		}
	}
	for i, a := range added {
		if !taken[i] {
			ua = append(ua, a)
		}
	}
	return ur, ua
}

// TestPairIsFirstMatch: pair, which finds the words that say the same by
// stem and meaning so that a rewritten long paragraph costs its length,
// not its square, pairs exactly as the word-by-word definition does, on
// lists full of synonyms, inflections, category words and repeats.
func TestPairIsFirstMatch(t *testing.T) {
	words := []string{"verify", "confirm", "ensure", "make", "sure", "keep", "retain", "store", "stored",
		"storing", "sell", "trade", "share", "shared", "disclose", "reveal", "use", "employ", "utilize",
		"decide", "determine", "directed", "sent", "send", "partner", "partners", "vendor", "email",
		"address", "location", "data", "information", "the", "we", "may", "will", "days", "30", "aim",
		"try", "respond", "answer", "reply", "delete", "erase", "remove", "purpose", "purposes"}
	c := &classifier{rb: Builtin(), ix: Builtin().index}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() []string {
		out := make([]string, rng.IntN(30))
		for i := range out {
			out[i] = words[rng.IntN(len(words))]
		}
		return out
	}
	for n := 0; n < 2000; n++ {
		removed, added := pick(), pick()
		wr, wa := c.pairNaive(removed, added)
		gr, ga := c.pair(removed, added)
		if !slices.Equal(gr, wr) || !slices.Equal(ga, wa) {
			t.Fatalf("pair(%q, %q) = %q, %q; want %q, %q", removed, added, gr, ga, wr, wa)
		}
	}
}
