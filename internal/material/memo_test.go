package material

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestMemoAsksTheContext: the same change, in two comparisons whose texts
// around it differ, gets the verdict each context gives, whichever
// comparison the memo saw first. "Stripe" named elsewhere in the old text
// is no new party (the change is left to confirm); named nowhere, it is
// a new recipient.
func TestMemoAsksTheContext(t *testing.T) {
	rb := Builtin()
	const para = "\n\n## Sharing\n\nWe share your payment details with our payment provider.\n\n## Cookies\n\nWe use cookies to keep you signed in.\n"
	const edited = "\n\n## Sharing\n\nWe share your payment details with our payment provider, Stripe.\n\n## Cookies\n\nWe use cookies to keep you signed in.\n"
	named := redline.Diff([]byte("# Privacy\n\n## Processors\n\nStripe, Inc. processes card payments for us."+para),
		[]byte("# Privacy\n\n## Processors\n\nStripe, Inc. processes card payments for us."+edited))
	unnamed := redline.Diff([]byte("# Privacy\n\n## Processors\n\nWe process card payments ourselves."+para),
		[]byte("# Privacy\n\n## Processors\n\nWe process card payments ourselves."+edited))
	plainNamed, plainUnnamed := Classify(named, rb), Classify(unnamed, rb)
	if reflect.DeepEqual(plainNamed, plainUnnamed) {
		t.Fatalf("the contexts must decide, and both give %+v", plainNamed.Verdicts)
	}
	for _, order := range [][]*redline.Result{{named, unnamed}, {unnamed, named}} {
		memo := NewMemo(rb)
		for _, r := range order {
			got, want := ClassifyMemo(r, rb, memo), Classify(r, rb)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("through the memo: %+v\nalone: %+v", got.Verdicts, want.Verdicts)
			}
		}
	}
}

// TestMemoSameAsClassify compares, through one memo and in two orders,
// every edit of a seed policy in ../shared/materiality/cases with the
// seed and with every other edit of the same seed (whose changes are those
// of both edits, as a version compared with the one in force has the
// changes of every version between): each report is the one Classify
// gives alone.
func TestMemoSameAsClassify(t *testing.T) {
	dirs, _ := filepath.Glob("../../../shared/materiality/cases/*")
	if len(dirs) == 0 {
		dirs, _ = filepath.Glob("../../../../shared/materiality/cases/*")
	}
	if len(dirs) == 0 {
		t.Skip("../shared/materiality is not here")
	}
	bySeed := map[string][][]byte{} // old text → the new texts made from it
	for _, d := range dirs {
		old, err1 := os.ReadFile(filepath.Join(d, "old.md"))
		new, err2 := os.ReadFile(filepath.Join(d, "new.md"))
		if err1 != nil || err2 != nil {
			continue
		}
		bySeed[string(old)] = append(bySeed[string(old)], new)
	}
	// Each text is parsed once, as a build parses it: the comparisons of
	// a text share its blocks, and the memo what it read of them.
	parsed := map[string]*redline.Doc{}
	parse := func(text []byte) *redline.Doc {
		if parsed[string(text)] == nil {
			parsed[string(text)] = redline.Parse(text)
		}
		return parsed[string(text)]
	}
	var pairs []*redline.Result
	for seed, edits := range bySeed {
		for i, a := range edits {
			pairs = append(pairs, redline.Compare(parse([]byte(seed)), parse(a)))
			for _, b := range edits[i+1:] {
				pairs = append(pairs, redline.Compare(parse(a), parse(b)))
			}
		}
	}
	rb := Builtin()
	want := make([]*Report, len(pairs))
	for i, r := range pairs {
		want[i] = Classify(r, rb)
	}
	hits := 0
	for _, reverse := range []bool{false, true} {
		memo := NewMemo(rb)
		for k := range pairs {
			i := k
			if reverse {
				i = len(pairs) - 1 - k
			}
			if got := ClassifyMemo(pairs[i], rb, memo); !reflect.DeepEqual(got, want[i]) {
				t.Errorf("pair %d: through the memo:\n%+v\nalone:\n%+v", i, got.Verdicts, want[i].Verdicts)
			}
		}
		hits += int(memo.hits.Load())
		if len(memo.sides) == 0 || len(memo.sides) > len(parsed) {
			t.Errorf("%d texts, %d kept as read: what was read of a text was not kept once for its comparisons", len(parsed), len(memo.sides))
		}
	}
	if hits == 0 {
		t.Errorf("%d comparisons and no verdict taken from the memo", len(pairs))
	}
	t.Logf("%d comparisons, %d verdicts taken from the memo in two passes", len(pairs), hits)
}

// TestAppendInitials: the first letters of a text's words, as splitting
// the text in lower case into fields finds them, a hyphen between two
// letters or digits parting a word ("role-based access control" is RBAC).
func TestAppendInitials(t *testing.T) {
	hyphen := regexp.MustCompile(`([a-zA-Z0-9])-([a-zA-Z0-9])`)
	for _, text := range []string{
		"", "   ", "Amazon Web Services (\"AWS\")", "**Bold** _it_ [link](x) “Quoted” 'single'",
		"Émile İstanbul Ωmega\u00a0non-breaking\u2003em space\tTab\nline",
		"(( ** [", "\xff\xfe invalid UTF-8", "ǅ title-case Ǉ", strings.Join(fastPathWords, " "),
		"- Role-based access control", "multi-factor -x x- a--b e-mail-based",
	} {
		var want []int16
		split := text
		for k := 0; k < 2; k++ { // "a-b-c": the matches do not overlap
			split = hyphen.ReplaceAllString(split, "$1 $2")
		}
		for _, w := range strings.Fields(split) {
			v := int16(-1)
			if w = strings.TrimLeft(w, "(\"“'*_["); w != "" {
				v = int16(strings.ToLower(w)[0])
				if 'A' <= w[0] && w[0] <= 'Z' {
					v |= capitalInitial
				}
			}
			want = append(want, v)
		}
		if got := appendInitials(nil, text); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestAcronymOfSearch: the search of the initials finds what comparing
// them at every place finds, words of marks alone and letters outside
// ASCII included.
func TestAcronymOfSearch(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	words := []string{"Amazon", "Web", "Services", "**", "(", "\"Data\"", "Élan", "éclair", "[Link]", "web", "A", "W", "S", "s"}
	for range 3000 {
		var old, new strings.Builder
		for range r.IntN(20) {
			old.WriteString(words[r.IntN(len(words))] + " ")
		}
		for range r.IntN(20) {
			new.WriteString(words[r.IntN(len(words))] + " ")
		}
		c := &classifier{rows: redline.Diff([]byte(old.String()), []byte(new.String())).Rows}
		for _, e := range []string{"AWS", "WS", "ÉÉ", "AÉ", "SWA", "AWSAW", "XY"} {
			c.sides = [2]*sideText{}
			got := c.acronymOfText(e)
			want := false
			le := strings.ToLower(e)
			for _, old := range []bool{true, false} {
				initials, _ := c.side(old).wordInitials()
				for i := 0; i+len(e) <= len(initials); i++ {
					ok := true
					for k := 0; k < len(e) && ok; k++ {
						v := initials[i+k]
						// two initials only of words in capitals
						ok = k < len(le) && v&^capitalInitial == int16(le[k]) && (len(e) != 2 || v&capitalInitial != 0)
					}
					want = want || ok
				}
			}
			if got != want {
				t.Fatalf("acronymOf(%q) in %q / %q: %v, want %v", e, old.String(), new.String(), got, want)
			}
		}
	}
}
