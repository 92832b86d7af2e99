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

// BenchmarkClassifyCorpus classifies the changes of a corpus made by
// shared/bench/gencorpus (set REDLINE_CORPUS; skipped otherwise) and
// reports the time per change: "consecutive" classifies each version
// against the one before it; "build" also each older version against the
// newest, through one memo, as a build does. The diffs are made
// once, outside the timing. cpu-µs/change is the processor time a
// change took: compare it when the machine is shared.
//
//	REDLINE_CORPUS=/tmp/redline-bench/corpus/medium go test ./internal/material -run NONE -bench ClassifyCorpus
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
	var consecutive, build [][]*redline.Result // by policy
	for _, files := range byPolicy {
		sort.Slice(files, func(i, j int) bool { return version(files[i]) < version(files[j]) })
		var texts []*redline.Doc
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			if i := strings.Index(string(data), "\n+++\n"); i >= 0 {
				data = data[i+5:]
			}
			texts = append(texts, redline.Parse(data))
		}
		var pairs []*redline.Result
		for i := 1; i < len(texts); i++ {
			pairs = append(pairs, redline.Compare(texts[i-1], texts[i]))
		}
		consecutive = append(consecutive, pairs)
		for i := 0; i+2 < len(texts); i++ {
			pairs = append(pairs, redline.Compare(texts[i], texts[len(texts)-1]))
		}
		build = append(build, pairs)
	}
	rb := Builtin()
	Classify(consecutive[0][0], rb) // the WordNet table is read once per process
	for _, bc := range []struct {
		name     string
		policies [][]*redline.Result
		memo     bool
	}{{"consecutive", consecutive, false}, {"build", build, true}} {
		b.Run(bc.name, func(b *testing.B) {
			changes := 0
			for _, pairs := range bc.policies {
				for _, r := range pairs {
					changes += len(r.Changes)
				}
			}
			cpu0, cpuKnown := processCPU()
			var last *Memo
			for b.Loop() {
				var memo *Memo
				if bc.memo {
					memo = NewMemo(rb)
				}
				last = memo
				for _, pairs := range bc.policies {
					for _, r := range pairs {
						ClassifyMemo(r, rb, memo)
					}
				}
			}
			b.ReportMetric(float64(changes), "changes")
			if last != nil {
				b.ReportMetric(float64(last.hits.Load()), "memo-hits")
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1000/float64(b.N*changes), "µs/change")
			if cpu1, ok := processCPU(); ok && cpuKnown {
				// Processor time, unlike the time elapsed, barely moves
				// when other work shares the machine.
				b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/1000/float64(b.N*changes), "cpu-µs/change")
			}
		})
	}
}
