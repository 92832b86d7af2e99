package material

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// BenchmarkClassifyCorpus classifies the changes of every consecutive
// version pair of a corpus made by shared/bench/gencorpus (set
// REDLINE_CORPUS; skipped otherwise) and reports the time per change. The
// diffs are made once, outside the timing.
func BenchmarkClassifyCorpus(b *testing.B) {
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
	version := func(p string) int {
		n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), "v"), ".md"))
		return n
	}
	var diffs []*redline.Result
	changes := 0
	for _, files := range byPolicy {
		sort.Slice(files, func(i, j int) bool { return version(files[i]) < version(files[j]) })
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
				r := redline.Diff(prev, data)
				diffs = append(diffs, r)
				changes += len(r.Changes)
			}
			prev = data
		}
	}
	rb := Builtin()
	Classify(diffs[0], rb) // the WordNet table is read once per process
	b.ResetTimer()
	for b.Loop() {
		for _, r := range diffs {
			Classify(r, rb)
		}
	}
	b.ReportMetric(float64(changes), "changes")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1000/float64(b.N*changes), "µs/change")
}
