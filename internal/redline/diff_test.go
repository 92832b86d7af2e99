package redline

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiffKinds(t *testing.T) {
	old := "## 1. Data\n\nWe keep logs for 30 days.\n\n## 2. Rights\n\nYou may ask for a copy of the data we hold about you at any time by email.\n\n- Name\n- Email\n\n## 3. Contact\n\nWrite to us.\n"
	new := "## 1. Data\n\nWe keep logs for 90 days.\n\n## 2. Rights\n\n- Name\n- Email\n- Phone number\n\n## 3. Contact\n\nWrite to us.\n\nYou may ask for a copy of the data we hold about you at any time by email.\n"
	r := Diff([]byte(old), []byte(new))
	var got []string
	for _, c := range r.Changes {
		got = append(got, fmt.Sprintf("%s §%s #%s %q→%q", c.Kind, strings.Join(c.Section, " > "), c.Anchor, c.Old, c.New))
	}
	want := []string{
		`replace §1. Data #data "We keep logs for 30 days."→"We keep logs for 90 days."`,
		`insert §2. Rights #rights ""→"- Phone number"`,
		`move §3. Contact #contact "You may ask for a copy of the data we hold about you at any time by email."→"You may ask for a copy of the data we hold about you at any time by email."`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if w := r.Changes[0].Words; len(w) != 4 || w[1] != (Span{Deleted, "30"}) || w[2] != (Span{Inserted, "90"}) {
		t.Errorf("word edit = %+v, want whole words 30 → 90", w)
	}
	if m := r.Changes[2]; strings.Join(m.FromSection, "") != "2. Rights" || m.FromAnchor != "rights" {
		t.Errorf("move from §%v #%s, want 2. Rights", m.FromSection, m.FromAnchor)
	}
	if r.Stats != (Stats{Inserted: 1, Replaced: 1, Moved: 1, Unchanged: 6}) {
		t.Errorf("stats = %+v", r.Stats)
	}
}

func TestWordsWhole(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"retain data for 30 days", "retain data for 180 days", "retain data for [-30-]{+180+} days"},
		{"We use AES-256 encryption", "We use AES-128 encryption", "We use [-AES-256-]{+AES-128+} encryption"},
		{"TLS 1.2 or later", "TLS 1.3 or later", "TLS [-1.2-]{+1.3+} or later"},
		{"We don't sell data.", "We do sell data.", "We [-don't-]{+do+} sell data."},
		{"Processors: Stripe, Twilio.", "Processors: Stripe, Twilio, Mixpanel.", "Processors: Stripe, Twilio{+, Mixpanel+}."},
	} {
		var b strings.Builder
		for _, s := range wordDiff(tc.a, tc.b) {
			switch s.Op {
			case Deleted:
				b.WriteString("[-" + s.Text + "-]")
			case Inserted:
				b.WriteString("{+" + s.Text + "+}")
			default:
				b.WriteString(s.Text)
			}
		}
		if b.String() != tc.want {
			t.Errorf("wordDiff(%q, %q) = %s, want %s", tc.a, tc.b, b.String(), tc.want)
		}
	}
}

// TestRoundTrip is the property: for random edits of real policies,
// applying the diff to the old text gives the new text byte for byte.
func TestRoundTrip(t *testing.T) {
	docs := seedDocs(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		old := docs[i%len(docs)]
		new := mutate(rng, old)
		if i%7 == 0 {
			old, new = new, mutate(rng, new)
		}
		checkRoundTrip(t, old, new)
	}
}

func checkRoundTrip(t *testing.T, old, new []byte) {
	t.Helper()
	r := Diff(old, new)
	got, err := Apply(old, r)
	if err != nil {
		t.Fatalf("Apply: %v\nold:\n%s\nnew:\n%s", err, old, new)
	}
	if string(got) != string(new) {
		t.Fatalf("Apply(old, Diff(old, new)) != new\nold:\n%q\nnew:\n%q\ngot:\n%q", old, new, got)
	}
}

// mutate makes random edits of the kinds policy authors make: words
// changed, inserted and deleted, paragraphs moved, added and removed,
// sections added, whitespace changed.
func mutate(rng *rand.Rand, doc []byte) []byte {
	paras := strings.Split(string(doc), "\n\n")
	for n := rng.IntN(6) + 1; n > 0; n-- {
		if len(paras) == 0 {
			paras = []string{"New text."}
		}
		k := rng.IntN(len(paras))
		switch rng.IntN(8) {
		case 0: // change a word
			w := strings.Fields(paras[k])
			if len(w) > 0 {
				w[rng.IntN(len(w))] = []string{"ninety", "Mixpanel", "may", "not", "2026"}[rng.IntN(5)]
				paras[k] = strings.Join(w, " ")
			}
		case 1: // delete a paragraph
			paras = append(paras[:k], paras[k+1:]...)
		case 2: // move a paragraph
			p := paras[k]
			paras = append(paras[:k], paras[k+1:]...)
			j := rng.IntN(len(paras) + 1)
			paras = append(paras[:j], append([]string{p}, paras[j:]...)...)
		case 3: // insert a sentence
			paras[k] += " We may also share data with Sentry in the United States."
		case 4: // new section
			paras = append(paras[:k], append([]string{"## New Section", "Text of the new section."}, paras[k:]...)...)
		case 5: // whitespace
			paras[k] = paras[k] + "\n"
		case 6: // duplicate a paragraph
			paras = append(paras[:k], append([]string{paras[k]}, paras[k:]...)...)
		case 7: // split a paragraph
			if i := strings.Index(paras[k], ". "); i > 0 {
				paras[k] = paras[k][:i+1] + "\n\n" + paras[k][i+2:]
			}
		}
	}
	return []byte(strings.Join(paras, "\n\n"))
}

// seedDocs returns the bodies of this repository's published versions, or
// small built-in documents when there are none.
func seedDocs(t testing.TB) [][]byte {
	paths, _ := filepath.Glob("../../versions/*/*/v*.md")
	var docs [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if i := strings.Index(string(data), "\n+++\n"); i >= 0 {
			data = data[i+5:]
		}
		docs = append(docs, data)
	}
	if len(docs) == 0 {
		docs = append(docs, []byte("## A\n\nOne two three.\n\n- x\n- y\n\n## B\n\nFour five six seven eight nine ten.\n"))
	}
	return docs
}

func FuzzDiffRoundTrip(f *testing.F) {
	f.Add([]byte("## A\n\nx y\n\n- a\n- b\n"), []byte("## A\n\nx z\n\n- b\n- a\n\n## C\n"))
	f.Add([]byte("\n\na\r\n\r\nb"), []byte("b\n\na"))
	f.Fuzz(func(t *testing.T, old, new []byte) {
		checkRoundTrip(t, old, new)
	})
}

// TestHeadingRetitled: a heading put in place of another between the same
// neighbours is one edited heading, however few words the titles share,
// so the redline strikes and inserts the words where the title stands;
// headings of two levels, or a heading among other blocks changed, are
// paired only by their words, as any block.
func TestHeadingRetitled(t *testing.T) {
	body := "\n\nWe may see your name and email.\n\n## Contact\n\nWrite to us.\n"
	for _, tc := range []struct {
		name, old, new string
		want           []string // kinds of the changes
	}{
		{"retitled", "## Information We Access" + body, "## Examples of information we may see" + body, []string{"replace"}},
		{"another level", "## Information We Access" + body, "### Examples of information we may see" + body, []string{"delete", "insert"}},
		{"a paragraph changed beside it", "## Information We Access\n\nWe keep logs." + body, "## Examples of information we may see\n\nEvery account is checked." + body, []string{"delete", "delete", "insert", "insert"}},
		{"a paragraph for a heading", "Information We Access" + body, "## Examples of information we may see" + body, []string{"delete", "insert"}},
	} {
		r := Diff([]byte(tc.old), []byte(tc.new))
		var got []string
		for _, c := range r.Changes {
			got = append(got, string(c.Kind))
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: changes %v, want %v", tc.name, got, tc.want)
		}
	}
	r := Diff([]byte("## Information We Access"+body), []byte("## Examples of information we may see"+body))
	if len(r.Changes) == 1 {
		if w := r.Changes[0].Words; len(w) == 0 || w[0].Op == Equal && strings.Contains(w[0].Text, "Examples") {
			t.Errorf("retitled heading's words = %+v, want the old title struck and the new inserted", w)
		}
	}
}
