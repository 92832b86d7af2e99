package build

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/site"
)

// corpusSite turns a benchmark corpus (OUT/<brand>/<policy>/v<N>.md, made
// by ../shared/bench/gencorpus) into a site folder: the corpus becomes
// versions/, with a config.toml naming every brand and a versions.sum.
// The corpus is REDLINE_CORPUS if set; otherwise the medium corpus is
// generated when ../shared exists, and the benchmark is skipped when not.
func corpusSite(b *testing.B) string {
	b.Helper()
	corpus := os.Getenv("REDLINE_CORPUS")
	dir := b.TempDir()
	if corpus == "" {
		gen := "../../../shared/bench/gencorpus"
		if _, err := os.Stat(gen); err != nil {
			b.Skip("set REDLINE_CORPUS to a corpus made by shared/bench/gencorpus")
		}
		corpus = filepath.Join(dir, "corpus")
		cmd := exec.Command("go", "run", ".", "-out", corpus, "-scale", "10", "-policies", "3", "-versions", "5")
		cmd.Dir = gen
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("gencorpus: %v\n%s", err, out)
		}
	}
	root := filepath.Join(dir, "site")
	if err := os.CopyFS(filepath.Join(root, "versions"), os.DirFS(corpus)); err != nil {
		b.Fatal(err)
	}
	var cfg bytes.Buffer
	cfg.WriteString("title = \"Benchmark\"\nbaseURL = \"https://bench.example/\"\n")
	brands, err := os.ReadDir(filepath.Join(root, "versions"))
	if err != nil {
		b.Fatal(err)
	}
	sums := site.Sums{}
	for _, br := range brands {
		fmt.Fprintf(&cfg, "\n[brands.%s]\nname = %q\n", br.Name(), br.Name())
	}
	err = filepath.WalkDir(filepath.Join(root, "versions"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		sums[filepath.ToSlash(rel)] = site.Hash(data)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "config.toml"), cfg.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(site.SumFile)), sums.Format(), 0o644); err != nil {
		b.Fatal(err)
	}
	return root
}

type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

// BenchmarkBuild is a full build of a generated corpus, as "redline build"
// does it: load and verify the site, render every page, write the files.
// It reports pages per second and the process's peak resident memory.
//
//	go test ./internal/build -run NONE -bench Build -benchtime 3x
//	REDLINE_CORPUS=/tmp/corpus/large go test ./internal/build -run NONE -bench Build/disk -benchtime 1x
func BenchmarkBuild(b *testing.B) {
	root := corpusSite(b)
	now := site.NewDate(2100, 1, 1)
	theme := Theme{Defaults: os.DirFS("../..")}
	for _, tc := range []struct {
		name string
		out  func() (Writer, func() error)
	}{
		{"render", func() (Writer, func() error) { return discard{}, func() error { return nil } }},
		{"disk", func() (Writer, func() error) {
			d, err := CreateDir(filepath.Join(root, "public"), root)
			if err != nil {
				b.Fatal(err)
			}
			return d, d.Commit
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			pages := 0
			for b.Loop() {
				s, err := site.Load(os.DirFS(root))
				if err != nil {
					b.Fatal(err)
				}
				theme.Site = s.FS
				w, commit := tc.out()
				st, err := Build(s, w, Options{Now: now, Theme: theme})
				if err != nil {
					b.Fatal(err)
				}
				if err := commit(); err != nil {
					b.Fatal(err)
				}
				pages = st.Pages
			}
			b.ReportMetric(float64(pages), "pages")
			b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(peakRSSMB(), "peak-RSS-MB")
		})
	}
}

// peakRSSMB reads the process's high-water resident memory (Linux).
func peakRSSMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil || runtime.GOOS != "linux" {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
