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
	"time"

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
// "disk" also reads each policy's texts when its pages are made and lets
// them go after, as "redline build" does; "render" keeps them all, as
// "serve" does, and writes nothing. (The garbage collector's settings of
// "redline build", GOGC=200 under a memory limit, are the process's: set
// them with GOGC and GOMEMLIMIT to compare.)
//
//	go test ./internal/build -run NONE -bench Build -benchtime 3x
//	REDLINE_CORPUS=/tmp/corpus/large go test ./internal/build -run NONE -bench Build/disk -benchtime 1x
func BenchmarkBuild(b *testing.B) {
	root := corpusSite(b)
	now := site.NewDate(2100, 1, 1)
	theme := Theme{Defaults: os.DirFS("../..")}
	for _, tc := range []struct {
		name    string
		release bool // as "redline build" does (Options.ReleaseBodies)
		out     func() (Writer, func() error)
	}{
		{"render", false, func() (Writer, func() error) { return discard{}, func() error { return nil } }},
		{"disk", true, func() (Writer, func() error) {
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
				st, err := Build(s, w, Options{Now: now, Theme: theme, ReleaseBodies: tc.release})
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

// buildInto builds the site at root into out as "redline build" does: load
// and verify the site, render what changed, move it into place.
func buildInto(b *testing.B, root, out string, cache *Cache, drafts bool) (Stats, int) {
	b.Helper()
	memo := cache.VersionMemo(root)
	if memo != nil {
		memo.TrustIdentity(time.Now())
	}
	s, err := site.LoadMemo(site.DirFS(root), memo)
	if err != nil {
		b.Fatal(err)
	}
	cache.SaveVersionMemo(root, memo)
	d, err := CreateDir(out, root)
	if err != nil {
		b.Fatal(err)
	}
	d.Remember(cache)
	st, err := Build(s, d, Options{Now: site.NewDate(2100, 1, 1), Drafts: drafts, Cache: cache,
		Theme: Theme{Site: s.FS, Defaults: os.DirFS("../..")}})
	if err != nil {
		d.Abort()
		b.Fatal(err)
	}
	if err := d.Commit(); err != nil {
		b.Fatal(err)
	}
	written, _ := d.Changed()
	return st, written
}

// BenchmarkRebuild times the builds an author and a CI job run, each as
// "redline build --drafts" runs it (site loaded and verified, output moved
// into place), on a generated corpus whose first brand has a draft of each
// policy:
//   - cold: no cache, no earlier output;
//   - cached: no earlier output, the cache of an earlier build (a CI job
//     that keeps the cache between runs);
//   - edit: one draft edited since the last build;
//   - unchanged: nothing changed since the last build.
//
// It reports milliseconds per build, pages rendered and files written by
// each, and the process's peak resident memory.
//
//	REDLINE_CORPUS=/tmp/corpus/large go test ./internal/build -run NONE -bench Rebuild -benchtime 3x
//
// To profile the rebuilds of a large site without its cold builds, give a
// site folder with drafts in REDLINE_SITE (used in place: its first draft
// is edited, its output goes to public-bench/) and a cache folder to keep
// in REDLINE_BENCH_CACHE; REDLINE_BENCH_CODEID fixes the code's identity
// in the cache keys, so that the cache serves a recompiled benchmark (for
// a change that does not change the output only):
//
//	REDLINE_SITE=/tmp/site REDLINE_BENCH_CACHE=/tmp/cache REDLINE_BENCH_CODEID=dev \
//	    go test ./internal/build -run NONE -bench 'Rebuild/(edit|unchanged)' -cpuprofile cpu.out
func BenchmarkRebuild(b *testing.B) {
	if id := os.Getenv("REDLINE_BENCH_CODEID"); id != "" {
		codeID = id
	}
	var root, draft, cacheDir, out string
	if root = os.Getenv("REDLINE_SITE"); root != "" {
		drafts, _ := filepath.Glob(filepath.Join(root, "content", "*", "*.md"))
		for _, d := range drafts {
			if filepath.Base(d) != "_index.md" {
				draft = d
				break
			}
		}
		if draft == "" {
			b.Fatalf("REDLINE_SITE %s has no draft", root)
		}
		out = filepath.Join(root, "public-bench")
	} else {
		root = corpusSite(b)
		draft = addDrafts(b, root)
	}
	if cacheDir = os.Getenv("REDLINE_BENCH_CACHE"); cacheDir == "" {
		cacheDir = filepath.Join(b.TempDir(), "cache")
	}
	n := 0
	fresh := func() string { n++; return filepath.Join(b.TempDir(), fmt.Sprintf("out%d", n)) }
	var cpu0 time.Duration
	report := func(b *testing.B, st Stats, written int) {
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/build")
		b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/build")
		b.ReportMetric(float64(st.Rendered), "pages-rendered")
		b.ReportMetric(float64(written), "files-written")
		b.ReportMetric(float64(st.Pages), "pages")
		b.ReportMetric(peakRSSMB(), "peak-RSS-MB")
	}
	b.Run("cold", func(b *testing.B) {
		var st Stats
		var written int
		cpu0 = cpuTime()
		for b.Loop() {
			st, written = buildInto(b, root, fresh(), nil, true)
		}
		report(b, st, written)
	})
	cache, err := OpenCache(cacheDir)
	if err != nil {
		b.Fatal(err)
	}
	if out == "" {
		buildInto(b, root, fresh(), cache, true) // fills the cache
	}
	b.Run("cached", func(b *testing.B) {
		var st Stats
		var written int
		cpu0 = cpuTime()
		for b.Loop() {
			st, written = buildInto(b, root, fresh(), cache, true)
		}
		report(b, st, written)
	})
	if out == "" {
		out = fresh()
	}
	buildInto(b, root, out, cache, true)
	b.Run("edit", func(b *testing.B) {
		var st Stats
		var written int
		i := 0
		cpu0 = cpuTime()
		for b.Loop() {
			i++
			f, err := os.OpenFile(draft, os.O_APPEND|os.O_WRONLY, 0)
			if err == nil {
				_, err = fmt.Fprintf(f, "\nEdit number %d: we may share your email address with our partners.\n", i)
				f.Close()
			}
			if err != nil {
				b.Fatal(err)
			}
			st, written = buildInto(b, root, out, cache, true)
		}
		report(b, st, written)
	})
	b.Run("unchanged", func(b *testing.B) {
		var st Stats
		var written int
		cpu0 = cpuTime()
		for b.Loop() {
			st, written = buildInto(b, root, out, cache, true)
		}
		report(b, st, written)
	})
}

// addDrafts gives each policy of the site's first brand a draft: its
// latest version with a new sentence. It returns the first draft's file.
func addDrafts(b *testing.B, root string) string {
	b.Helper()
	brands, err := os.ReadDir(filepath.Join(root, "versions"))
	if err != nil {
		b.Fatal(err)
	}
	var first string
	for _, br := range brands {
		if !br.IsDir() {
			continue
		}
		policies, _ := os.ReadDir(filepath.Join(root, "versions", br.Name()))
		for _, p := range policies {
			dir := filepath.Join(root, "versions", br.Name(), p.Name())
			vs, _ := os.ReadDir(dir)
			latest, num := "", 0
			for _, v := range vs {
				if k, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(v.Name(), "v"), ".md")); err == nil && k > num {
					latest, num = v.Name(), k
				}
			}
			data, err := os.ReadFile(filepath.Join(dir, latest))
			if err != nil {
				b.Fatal(err)
			}
			// Keep the title; drop the fields a draft does not have.
			_, body, _ := strings.Cut(strings.TrimPrefix(string(data), "+++\n"), "\n+++\n")
			title := "Draft"
			for _, line := range strings.Split(string(data), "\n") {
				if strings.HasPrefix(line, "title = ") {
					title = strings.Trim(strings.TrimPrefix(line, "title = "), `"`)
					break
				}
			}
			file := filepath.Join(root, "content", br.Name(), p.Name()+".md")
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				b.Fatal(err)
			}
			text := fmt.Sprintf("+++\ntitle = %q\n+++\n%s\nWe may also keep your data for 90 days.\n", title, body)
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			if first == "" {
				first = file
			}
		}
		return first
	}
	b.Fatal("no brand in the corpus")
	return ""
}
