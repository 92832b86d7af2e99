package history

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/site"
)

// BenchmarkImport imports a history of n versions of a ~55 KB policy (a
// real page saved from a website, three times over), each version a small
// edit of the one before, from a folder. It reports the time per version
// and the peak live heap, which should not grow with n: texts are read,
// compared and staged one at a time.
func BenchmarkImport(b *testing.B) {
	page, err := os.ReadFile("../markdown/testdata/real/kick-partner-conditions.md")
	if err != nil {
		b.Skip(err)
	}
	base := bytes.Repeat(append(page, '\n'), 3)
	paras := bytes.Split(base, []byte("\n\n"))
	for _, n := range []int{50, 200} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
			for i := 0; i < n; i++ {
				k := (i * 7) % len(paras)
				paras[k] = append(paras[k], fmt.Sprintf(" Amended %d.", i)...)
				name := filepath.Join(dir, day.AddDate(0, 0, 3*i).Format(time.DateOnly)+".md")
				if err := os.WriteFile(name, bytes.Join(paras, []byte("\n\n")), 0o644); err != nil {
					b.Fatal(err)
				}
			}
			loc := time.UTC
			peak := sampleLiveHeap()
			for b.Loop() {
				root := b.TempDir()
				if err := os.WriteFile(filepath.Join(root, "config.toml"), []byte(config), 0o644); err != nil {
					b.Fatal(err)
				}
				s, err := site.Load(os.DirFS(root))
				if err != nil {
					b.Fatal(err)
				}
				f, err := OpenFolder(dir, loc)
				if err != nil {
					b.Fatal(err)
				}
				pub := site.NewPublication(root)
				res, err := Import(material.Builtin(), &site.Policy{Brand: s.Brand("acme"), ID: "privacy"}, f, Options{}, pub)
				if err != nil {
					b.Fatal(err)
				}
				if err := pub.Commit(); err != nil {
					b.Fatal(err)
				}
				if len(res.Versions) != n {
					b.Fatalf("imported %d versions, want %d", len(res.Versions), n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/version")
			b.ReportMetric(float64(peak())/(1<<20), "MB-peak-live-heap")
		})
	}
}

// sampleLiveHeap samples the live heap (as the last GC measured it) every
// millisecond until the returned function is called, which returns the
// highest sample.
func sampleLiveHeap() func() uint64 {
	done, result := make(chan struct{}), make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var peak uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				result <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-result }
}
