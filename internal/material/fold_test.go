package material

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestWordSetMatchesHasTerm: the indexed lookup gives hasTerm's answer for
// every term of the built-in rulebook, on word lists made of the rulebook's
// own words, their prefixes and extensions.
func TestWordSetMatchesHasTerm(t *testing.T) {
	ix := Builtin().index
	var vocab []string
	for _, terms := range ix.terms {
		for _, term := range terms {
			for _, w := range term {
				vocab = append(vocab, w, w+"ion", w[:max(1, len(w)-1)])
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		words := make([]string, rng.IntN(40))
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		set := newWordSet(words)
		for _, terms := range ix.terms {
			for _, term := range terms {
				if got, want := set.has(term), hasTerm(words, term); got != want {
					t.Fatalf("term %q in %q: indexed %v, scanned %v", term, words, got, want)
				}
			}
		}
	}
}

// TestFoldGroupsAgree: a word in two spelling or synonym groups would fold
// to whichever came last, silently parting it from the first group.
func TestFoldGroupsAgree(t *testing.T) {
	rb := Builtin()
	seen := map[string][]string{}
	for _, group := range append(append([][]string{}, rb.Fold.Spelling...), rb.Fold.Synonyms...) {
		for _, w := range group {
			if first, ok := seen[w]; ok && first[0] != group[0] {
				t.Errorf("%q is in %q and in %q", w, first, group)
			}
			seen[w] = group
		}
	}
}

// TestSplitList holds splitList to the expression it replaces.
func TestSplitList(t *testing.T) {
	re := regexp.MustCompile(`[,;:()\[\]—–/|]|\s-\s|\s(and|or|&)\s|\.\s`)
	pieces := []string{"Google", " Analytics", ",", ";", ":", "(", ")", "[", "]", "—", "–", "/", "|", " - ", " and ", " or ", " & ",
		". ", ".", " ", "\t", "\n", "-", "and", "or", "&", "Meta Pixel", "é", "x"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for n := rng.IntN(12); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := splitList(s), re.Split(s, -1); !slices.Equal(got, want) {
			t.Fatalf("splitList(%q) = %q, want %q", s, got, want)
		}
	}
}
