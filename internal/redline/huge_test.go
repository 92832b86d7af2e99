package redline

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// paragraph makes one paragraph of about n bytes from a vocabulary of 300
// made-up words: two of them with other seeds share their words but not
// their order, so they pair as one changed paragraph, word by word.
func paragraph(n int, seed uint64) string {
	vocab := rand.New(rand.NewPCG(9, 9))
	words := make([]string, 300)
	for i := range words {
		words[i] = word(vocab)
	}
	rng := rand.New(rand.NewPCG(seed, seed*3))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[rng.IntN(len(words))])
		b.WriteByte(' ')
	}
	b.WriteString("end.\n")
	return b.String()
}

// TestHugeParagraphRewritten: one 1 MB paragraph rewritten as another with
// the same words in another order. Diffing word by word with Myers' algorithm
// costs the product of the length and the number of differences (hours for
// 10 MB); the diff must come back (a hang fails by the test's timeout),
// rebuild the new text, and stay one changed paragraph.
func TestHugeParagraphRewritten(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB texts")
	}
	old, new := paragraph(1<<20, 1), paragraph(1<<20, 2)
	r := Diff([]byte(old), []byte(new))
	if r.Stats.Total() != 1 || r.Stats.Replaced != 1 {
		t.Errorf("stats = %+v, want one replaced paragraph", r.Stats)
	}
	checkRoundTrip(t, []byte(old), []byte(new))
}

// TestHugeParagraphEdited: a few words changed in one 1 MB paragraph are
// still found word by word: the bounded alignment of long paragraphs loses
// no precision where the texts agree.
func TestHugeParagraphEdited(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB texts")
	}
	old := paragraph(1<<20, 1)
	ws := strings.Split(old, " ")
	for _, i := range []int{10, len(ws) / 3, len(ws) / 2, len(ws) - 10} {
		ws[i] = "CHANGED"
	}
	new := strings.Join(ws, " ")
	r := Diff([]byte(old), []byte(new))
	if len(r.Changes) != 1 {
		t.Fatalf("%d changes, want 1", len(r.Changes))
	}
	var ins, del int
	for _, s := range r.Changes[0].Words {
		switch s.Op {
		case Inserted:
			ins++
			if strings.TrimSpace(s.Text) != "CHANGED" {
				t.Errorf("inserted %.80q, want the changed word alone", s.Text)
			}
		case Deleted:
			del++
		}
	}
	if ins != 4 || del != 4 {
		t.Errorf("%d insertions and %d deletions, want the 4 words changed", ins, del)
	}
	checkRoundTrip(t, []byte(old), []byte(new))
}
