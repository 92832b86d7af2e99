package redline

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// BenchmarkDiffSeedPair diffs a seed-sized policy (about 17 KB) against an
// edited copy: the case of every release. Target: under 2 ms.
func BenchmarkDiffSeedPair(b *testing.B) {
	docs := seedDocs(b)
	var old []byte
	for _, d := range docs {
		if len(d) > len(old) {
			old = d
		}
	}
	new := mutate(rand.New(rand.NewPCG(3, 4)), old)
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		Diff(old, new)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/pair")
}

// BenchmarkDiffCorpus diffs every consecutive version pair of a corpus made
// by shared/bench/gencorpus, in one process, as build does: each version is
// parsed once and compared with the one before it. Set REDLINE_CORPUS to the
// corpus folder; skipped otherwise.
func BenchmarkDiffCorpus(b *testing.B) {
	pairs := corpusPairs(b)
	var size int64
	for _, p := range pairs {
		size += int64(len(p[0]) + len(p[1]))
	}
	b.SetBytes(size)
	for b.Loop() {
		var prev *Doc
		var prevSrc []byte
		for _, p := range pairs {
			if prev == nil || &prevSrc[0] != &p[0][0] {
				prev = Parse(p[0])
			}
			cur := Parse(p[1])
			Compare(prev, cur)
			prev, prevSrc = cur, p[1]
		}
	}
	b.ReportMetric(float64(len(pairs)), "pairs")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pairs)), "µs/pair")
}

// BenchmarkDiffTools diffs the corpus's consecutive pairs side by side in
// one run: redline in one process, as build does, and the word diffs of
// git and wdiff run once per pair, as a script would (each skipped when the
// tool is missing). Compare their µs/pair.
func BenchmarkDiffTools(b *testing.B) {
	pairs := corpusPairs(b)
	dir := b.TempDir()
	files := make([][2]string, len(pairs))
	for i, p := range pairs {
		for j := range 2 {
			files[i][j] = filepath.Join(dir, fmt.Sprintf("%d-%d.md", i, j))
			if err := os.WriteFile(files[i][j], p[j], 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	perPair := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pairs)), "µs/pair")
	}
	b.Run("redline", func(b *testing.B) {
		for b.Loop() {
			var prev *Doc
			for i, p := range pairs {
				if i == 0 || &pairs[i-1][1][0] != &p[0][0] {
					prev = Parse(p[0])
				}
				cur := Parse(p[1])
				Compare(prev, cur)
				prev = cur
			}
		}
		perPair(b)
	})
	tools := []struct {
		name string
		args func(old, new string) []string
	}{
		{"git", func(old, new string) []string {
			return []string{"diff", "--no-index", "--word-diff=porcelain", old, new}
		}},
		{"wdiff", func(old, new string) []string { return []string{old, new} }},
	}
	for _, tool := range tools {
		b.Run(tool.name, func(b *testing.B) {
			path, err := exec.LookPath(tool.name)
			if err != nil {
				b.Skipf("%s is not installed", tool.name)
			}
			for b.Loop() {
				for _, f := range files {
					// Both exit 1 when the files differ: only a failure to run counts.
					if err := exec.Command(path, tool.args(f[0], f[1])...).Run(); err != nil {
						if _, differ := err.(*exec.ExitError); !differ {
							b.Fatal(err)
						}
					}
				}
			}
			perPair(b)
		})
	}
}

// BenchmarkDiffUnrelated1MB diffs two unrelated 1 MB texts: the answer must
// come in well under a second, block-level, not a word soup.
func BenchmarkDiffUnrelated1MB(b *testing.B) {
	old, new := unrelated(1<<20, 1), unrelated(1<<20, 2)
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		Diff(old, new)
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/pair")
}

// TestUnrelated: two unrelated texts give a block-level answer: every old
// block deleted, every new block inserted, nothing paired word by word.
func TestUnrelated(t *testing.T) {
	old, new := unrelated(64<<10, 1), unrelated(64<<10, 2)
	r := Diff(old, new)
	if r.Stats.Replaced > r.Stats.Total()/20 {
		t.Errorf("%d of %d changes are word-level replacements of unrelated text", r.Stats.Replaced, r.Stats.Total())
	}
	checkRoundTrip(t, old, new)
}

// unrelated makes n bytes of paragraphs from a vocabulary of made-up words.
func unrelated(n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, seed*7))
	var b strings.Builder
	for b.Len() < n {
		if rng.IntN(12) == 0 {
			b.WriteString("## Section ")
			b.WriteString(word(rng))
			b.WriteString("\n\n")
		}
		for w := rng.IntN(60) + 10; w > 0; w-- {
			b.WriteString(word(rng))
			b.WriteByte(' ')
		}
		b.WriteString("end.\n\n")
	}
	return []byte(b.String())
}

func word(rng *rand.Rand) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	w := make([]byte, rng.IntN(8)+2)
	for i := range w {
		w[i] = letters[rng.IntN(len(letters))]
	}
	return string(w)
}

// corpusPairs reads the consecutive version pairs of $REDLINE_CORPUS.
func corpusPairs(b *testing.B) [][2][]byte {
	root := os.Getenv("REDLINE_CORPUS")
	if root == "" {
		b.Skip("set REDLINE_CORPUS to a corpus made by shared/bench/gencorpus")
	}
	byPolicy := map[string][]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			byPolicy[filepath.Dir(p)] = append(byPolicy[filepath.Dir(p)], p)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	var pairs [][2][]byte
	for _, files := range byPolicy {
		sort.Slice(files, func(i, j int) bool { return versionOf(files[i]) < versionOf(files[j]) })
		var prev []byte
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			if i := strings.Index(string(data), "\n+++\n"); i >= 0 {
				data = data[i+5:]
			}
			if prev != nil {
				pairs = append(pairs, [2][]byte{prev, data})
			}
			prev = data
		}
	}
	return pairs
}

func versionOf(path string) int {
	n := 0
	for _, c := range strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "v"), ".md") {
		n = n*10 + int(c-'0')
	}
	return n
}

// listOf makes a list of n sub-processors, one line each, item i written
// by format.
func listOf(n int, format string) []byte {
	var b strings.Builder
	b.WriteString("# Sub-processors\n\n")
	for i := range n {
		fmt.Fprintf(&b, "- "+format+"\n", i)
	}
	return []byte(b.String())
}

const (
	vendorItem   = "Vendor %d Inc, analytics in the United States"
	supplierItem = "Supplier %d GmbH, storage in Germany and France"
)

// BenchmarkDiffListRewritten diffs a list whose every item was rewritten
// (one hunk of n deletions and n insertions, nothing similar enough to
// pair): the comparisons are bounded, so the time must grow with n, not
// n². Compare the sizes' ns/item: before the bound also stopped the loops
// (2026-12-03), 2,500 / 10,000 items took 28 / 280 ms (11 / 28 µs an
// item); after, 12 / 45 ms (4.7 / 4.5 µs an item).
func BenchmarkDiffListRewritten(b *testing.B) {
	for _, n := range []int{2500, 10000} {
		old, new := listOf(n, vendorItem), listOf(n, supplierItem)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Diff(old, new)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/item")
		})
	}
}

// TestListRewritten: past the comparison budget a rewritten list is still
// a correct redline: every old item deleted, every new one inserted, the
// new text rebuilt from the old.
func TestListRewritten(t *testing.T) {
	old, new := listOf(10000, vendorItem), listOf(10000, supplierItem)
	r := Diff(old, new)
	if r.Stats.Deleted != 10000 || r.Stats.Inserted != 10000 || r.Stats.Replaced != 0 {
		t.Errorf("stats = %+v, want 10,000 items deleted and 10,000 inserted", r.Stats)
	}
	checkRoundTrip(t, old, new)
}
