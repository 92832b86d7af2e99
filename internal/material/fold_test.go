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
	vocab := termVocab(ix)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		words := randomWords(vocab, rng)
		set := ix.newWordSet(words)
		terms := slices.Concat(ix.terms...)
		for range 20 { // words outside the rulebook's terms too
			terms = append(terms, []string{vocab[rng.IntN(len(vocab))]}, []string{vocab[rng.IntN(len(vocab))], vocab[rng.IntN(len(vocab))]})
		}
		for _, term := range terms {
			if got, want := set.has(term), hasTerm(words, term); got != want {
				t.Fatalf("term %q in %q: indexed %v, scanned %v", term, words, got, want)
			}
		}
		for k := range ix.terms {
			for i, term := range ix.terms[k] {
				if got, want := set.hasAt(k, i), hasTerm(words, term); got != want {
					t.Fatalf("term %q in %q: indexed %v, scanned %v", term, words, got, want)
				}
			}
		}
	}
}

// TestStrongHits holds the indexed search for terms to hasTerm at every
// place, in the order the categories, terms and places come.
func TestStrongHits(t *testing.T) {
	ix := Builtin().index
	vocab := termVocab(ix)
	rng := rand.New(rand.NewPCG(7, 8))
	for range 300 {
		words := randomWords(vocab, rng)
		var want []termHit
		for k, terms := range ix.terms {
			for i, term := range terms[:ix.weakFrom[k]] {
				for j := 0; j+len(term) <= len(words); j++ {
					if hasTerm(words[j:j+len(term)], term) {
						want = append(want, termHit{int32(k), int32(i), int32(j)})
					}
				}
			}
		}
		if got := ix.strongHits(words); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", words, got, want)
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

// TestDiffWordsShort holds diffWords on short lists, which it pairs
// without a map, to what counting the words gives.
func TestDiffWordsShort(t *testing.T) {
	count := func(a, b []string) (removed, added []string) {
		n := map[string]int{}
		for _, w := range b {
			n[w]++
		}
		for _, w := range a {
			if n[w] > 0 {
				n[w]--
			} else {
				removed = append(removed, w)
			}
		}
		n = map[string]int{}
		for _, w := range a {
			n[w]++
		}
		for _, w := range b {
			if n[w] > 0 {
				n[w]--
			} else {
				added = append(added, w)
			}
		}
		return removed, added
	}
	words := []string{"we", "keep", "data", "30", "days", "we", "the"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		a, b := make([]string, rng.IntN(90)), make([]string, rng.IntN(90))
		for i := range a {
			a[i] = words[rng.IntN(len(words))]
		}
		for i := range b {
			b[i] = words[rng.IntN(len(words))]
		}
		r, ad := diffWords(a, b)
		wr, wa := count(a, b)
		if !slices.Equal(r, wr) || !slices.Equal(ad, wa) {
			t.Fatalf("diffWords(%q, %q) = %q, %q; want %q, %q", a, b, r, ad, wr, wa)
		}
	}
}

// termVocab is the rulebook's terms' words, their prefixes and extensions.
func termVocab(ix *index) []string {
	var vocab []string
	for _, terms := range ix.terms {
		for _, term := range terms {
			for _, w := range term {
				vocab = append(vocab, w, w+"ion", w[:max(1, len(w)-1)])
			}
		}
	}
	return vocab
}

// randomWords is a list of up to 40 words of vocab.
func randomWords(vocab []string, rng *rand.Rand) []string {
	words := make([]string, rng.IntN(40))
	for i := range words {
		words[i] = vocab[rng.IntN(len(vocab))]
	}
	return words
}

// TestSentencesInitials holds the dot of initials to no sentence end: a
// sentence cut after "EU-U.S." made "EU" a new place in the half after it
// (batch 9, Bitwarden).
func TestSentencesInitials(t *testing.T) {
	got := sentences("In compliance with the EU-U.S. DPF, we resolve complaints, e.g. about access. Write to us.")
	if len(got) != 2 || got[1] != "Write to us." {
		t.Errorf("sentences = %q, want two, the first ending at \"access.\"", got)
	}
}

// TestSentencesNoBreakSpace holds a no-break space after a full stop to
// a sentence end, as a space is: a sentence appended after one was read
// as a list item changed (batch 9, Kraken).
func TestSentencesNoBreakSpace(t *testing.T) {
	if got := sentences("We share it with our advisors.\u00a0We may disclose it to mobile operators."); len(got) != 2 {
		t.Errorf("sentences = %q, want two", got)
	}
}
