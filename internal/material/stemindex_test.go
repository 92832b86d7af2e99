package material

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestStemIndexes checks that the word lists long enough to be indexed
// (withoutSameStems, verbLemmas) come out as comparing every word with
// every other word makes them: the same words kept, the same verbs
// written as their lemma, in the same places.
func TestStemIndexes(t *testing.T) {
	plainWithout := func(a, b []string) []string {
		var out []string
		for _, w := range a {
			if !slices.ContainsFunc(b, func(x string) bool { return x != w && inflectionStem(x) == inflectionStem(w) }) {
				out = append(out, w)
			}
		}
		return out
	}
	plainLemmas := func(a, b []string) ([]string, []string) {
		rewrite := func(ws, other []string) []string {
			out := slices.Clone(ws)
			for i, w := range ws {
				for _, l := range pastForms(nil, w) {
					if slices.Contains(other, l) {
						out[i] = l
						break
					}
				}
			}
			return out
		}
		return rewrite(a, b), rewrite(b, a)
	}
	vocab := []string{"improve", "improving", "improved", "improves", "sell", "sold", "sells", "selling", "retain", "retained",
		"store", "stored", "stores", "stop", "stopped", "stopping", "apply", "applies", "applied", "share", "shared", "sharing",
		"seller", "sellers", "collect", "collection", "collected", "market", "markets", "data", "use", "used", "uses", "using",
		"keep", "kept", "keeps", "write", "written", "wrote", "process", "processes", "processed"}
	rng := rand.New(rand.NewSource(32))
	words := func(n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[rng.Intn(len(vocab))]
		}
		return ws
	}
	for trial := 0; trial < 300; trial++ {
		a, b := words(1+rng.Intn(40)), words(1+rng.Intn(40))
		if got, want := withoutSameStems(a, b), plainWithout(a, b); !slices.Equal(got, want) {
			t.Fatalf("withoutSameStems(%q, %q) = %q, want %q", a, b, got, want)
		}
		ga, gb := verbLemmas(a, b)
		wa, wb := plainLemmas(a, b)
		if !slices.Equal(ga, wa) || !slices.Equal(gb, wb) {
			t.Fatalf("verbLemmas(%q, %q) = %q, %q, want %q, %q", a, b, ga, gb, wa, wb)
		}
	}
	// The plain cases the doc comments give.
	if got := strings.Join(withoutSameStems(strings.Fields("to improve and market our services"), strings.Fields("for improving our services")), " "); got != "to and market our services" {
		t.Errorf("withoutSameStems: %q, want %q", got, "to and market our services")
	}
	if a, _ := verbLemmas(strings.Fields("data is never sold"), strings.Fields("we do not sell data")); a[3] != "sell" {
		t.Errorf("verbLemmas: %q, want 'sold' written 'sell'", a)
	}
}
