package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/cli"
	"github.com/redline-legal/redline/internal/site"
)

// run runs redline in this process, as its own command would, on a fixed day.
func run(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = cli.Main(args, cli.Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC) },
		Theme:  fs.FS(theme),
	})
	return code, out.String(), errOut.String()
}

// writeStressSite writes a site with one brand and n policies, each with a
// published version 1 and a draft that differs from it.
func writeStressSite(t *testing.T, dir string, n int) {
	t.Helper()
	files := map[string]string{
		"config.toml": "title = \"Acme policies\"\nbaseURL = \"https://policies.example.com/\"\n\n[brands.acme]\nname = \"Acme\"\n",
	}
	sums := make(site.Sums)
	for i := range n {
		v1 := fmt.Sprintf("+++\ntitle = \"Policy %d\"\nversion = 1\npublished = 2026-05-01\neffective = 2026-05-01\nsummary = \"First published version.\"\nmaterial = false\n+++\n\n## About\n\nThis is policy %d.\n", i, i)
		file := fmt.Sprintf("versions/acme/p%d/v1.md", i)
		files[file] = v1
		sums[file] = site.Hash([]byte(v1))
		files[fmt.Sprintf("content/acme/p%d.md", i)] = fmt.Sprintf("+++\ntitle = \"Policy %d\"\n+++\n\n## About\n\nThis is policy number %d.\n", i, i)
	}
	files[site.SumFile] = string(sums.Format())
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Releases of different policies of one site at the same time all land in
// versions.sum, with the right hashes; commands that read the site while
// they run (status, check, build, diff) never see it half written. Before
// the site lock, about one run in four lost a line of versions.sum, and
// status reported versions.sum.tmp as an unexpected file.
func TestConcurrentReleases(t *testing.T) {
	const policies, rounds = 6, 4
	for round := range rounds {
		dir := t.TempDir()
		writeStressSite(t, dir, policies)
		done := make(chan struct{})
		var readers sync.WaitGroup
		for _, args := range [][]string{
			{"status", "--source", dir},
			{"check", "--source", dir},
			{"build", "--source", dir, "--now", "2026-07-01", "--out", filepath.Join(t.TempDir(), "public")},
			{"diff", "--source", dir, "acme/p0", "v1"},
		} {
			readers.Add(1)
			go func() {
				defer readers.Done()
				for {
					select {
					case <-done:
						return
					default:
					}
					if code, _, stderr := run(args...); code != 0 {
						t.Errorf("round %d: %s during releases: exit %d\n%s", round, args[0], code, stderr)
						return
					}
				}
			}()
		}
		var releases sync.WaitGroup
		for i := range policies {
			releases.Add(1)
			go func() {
				defer releases.Done()
				if code, _, stderr := run("release", "--source", dir, fmt.Sprintf("acme/p%d", i), "--effective", "2026-09-01"); code != 0 {
					t.Errorf("round %d: release acme/p%d: exit %d\n%s", round, i, code, stderr)
				}
			}()
		}
		releases.Wait()
		close(done)
		readers.Wait()
		checkSums(t, dir, 2*policies)
		if t.Failed() {
			return
		}
	}
}

// checkSums checks that versions.sum has want lines, each the hash of its
// file, and that nothing else was left in versions/.
func checkSums(t *testing.T, dir string, want int) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(site.SumFile)))
	if err != nil {
		t.Fatal(err)
	}
	sums, errs := site.ParseSums(src)
	if len(errs) > 0 {
		t.Fatalf("versions.sum is corrupt: %v\n%s", errs, src)
	}
	if len(sums) != want {
		t.Errorf("versions.sum has %d lines, want %d:\n%s", len(sums), want, src)
	}
	for file, sum := range sums {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		if err != nil {
			t.Errorf("%s: %v", file, err)
		} else if site.Hash(data) != sum {
			t.Errorf("%s: hash %s, versions.sum says %s", file, site.Hash(data), sum)
		}
	}
	if code, _, stderr := run("check", "--source", dir); code != 0 {
		t.Errorf("check after the releases: exit %d\n%s", code, stderr)
	}
}
