package material

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
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
		a, b := words(1+rng.Intn(100)), words(1+rng.Intn(100))
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

// TestMovedRoleShort checks that movedRole, which on a sentence looks a
// stem up in the other side's words as it is asked, finds the word the
// indexed reading of long texts finds.
func TestMovedRoleShort(t *testing.T) {
	led := func(ws []string, i int) bool {
		if i == 0 {
			return false
		}
		switch ws[i-1] {
		case "to", "with", "from", "for":
			return true
		}
		return false
	}
	vocab := []string{"to", "with", "from", "for", "partners", "partner", "advertisers", "advertiser", "we", "share", "sell",
		"data", "your", "our", "sold", "collect", "vendors", "vendor", "by", "the"}
	rng := rand.New(rand.NewSource(11))
	words := func(n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[rng.Intn(len(vocab))]
		}
		return ws
	}
	found := 0
	for trial := 0; trial < 500; trial++ {
		a, b := words(1+rng.Intn(30)), words(1+rng.Intn(30))
		got, want := movedRole(a, b), movedRoleIndexed(a, b, led)
		if got != want {
			t.Fatalf("movedRole(%q, %q) = %q, want %q", a, b, got, want)
		}
		if want != "" {
			found++
		}
	}
	if found < 50 {
		t.Errorf("only %d trials found a moved word", found)
	}
}

// TestChangeIDHash checks that a change's id is the hash of its kind and
// texts it always was, the texts hashed in place.
func TestChangeIDHash(t *testing.T) {
	for _, ch := range []redline.Change{{Kind: "modified", Old: "We sell data.", New: "We share data."},
		{Kind: "added", New: strings.Repeat("A long paragraph of many words. ", 40)}, {Kind: "removed", Old: "é ü 中文"}} {
		h := sha256.Sum256([]byte(string(ch.Kind) + "\x00" + ch.Old + "\x00" + ch.New))
		want := "c-" + hex.EncodeToString(h[:4])
		seen := map[string]int{}
		if got := changeID(ch, seen); got != want {
			t.Errorf("changeID(%q) = %q, want %q", ch.Old+ch.New, got, want)
		}
		if got := changeID(ch, seen); got != want+"-2" {
			t.Errorf("changeID of a second %q = %q, want %q", ch.Old+ch.New, got, want+"-2")
		}
	}
}

// TestSpelledOutNames checks the names spelledOut files under their
// initials, now that its map is made at the first name and a name's
// words are gathered on the stack.
func TestSpelledOutNames(t *testing.T) {
	if got := spelledOut("no names here"); len(got) != 0 {
		t.Errorf("spelledOut of a text in lower case: %q", got)
	}
	got := spelledOut("Complain to the Information Commissioner's Office, or in the European Economic Area to Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India.")
	for initials, want := range map[string]string{"ICO": "Information Commissioner's Office", "IC": "Information Commissioner's",
		"EEA": "European Economic Area", "ABCDEFGH": "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel"} {
		if strings.Join(got[initials], " ") != want {
			t.Errorf("spelledOut: %s is %q, want %q", initials, got[initials], want)
		}
	}
	if _, ok := got["ABCDEFGHI"]; ok {
		t.Errorf("spelledOut files a name of nine initials")
	}
}
