package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/cli"
	"github.com/redline-legal/redline/internal/site"
)

// TestRealPolicies runs every command over a site made of real policies, two
// versions each, from Open Terms Archive (testdata/ota, see its README):
// pages saved from websites carry empty headings, setext headings, HTML
// comments and tables that no fixture written for a test has. Whatever the
// text, a command ends with exit code 0, 1 or 2 and never a panic or a stack
// trace.
func TestRealPolicies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every command over 2 MB of real policies")
	}
	dirs, err := filepath.Glob("testdata/ota/*/*")
	if err != nil || len(dirs) < 20 {
		t.Fatalf("testdata/ota holds %d policies (%v), want at least 20", len(dirs), err)
	}
	root := t.TempDir()
	src := filepath.Join(root, "site")
	var keys []string
	sums := site.Sums{}
	var config strings.Builder
	config.WriteString("title = \"Open Terms Archive sample\"\nbaseURL = \"https://ota.example.com/\"\n")
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		brand, policy := filepath.Base(filepath.Dir(dir)), filepath.Base(dir)
		v1, err1 := os.ReadFile(filepath.Join(dir, "v1.md"))
		v2, err2 := os.ReadFile(filepath.Join(dir, "v2.md"))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", dir, err1, err2)
		}
		title := strings.ReplaceAll(policy, "-", " ")
		if !strings.Contains(config.String(), "[brands."+brand+"]") {
			fmt.Fprintf(&config, "\n[brands.%s]\nname = %q\nnoticeFrom = \"privacy@%s.example\"\n", brand, brand, brand)
		}
		published := fmt.Appendf(nil, "+++\ntitle = %q\nversion = 1\npublished = 2026-01-05\neffective = 2026-01-05\nsummary = \"As Open Terms Archive recorded it.\"\nmaterial = false\n+++\n\n", title)
		name := path.Join("versions", brand, policy, "v1.md")
		write(name, append(published, v1...))
		sums[name] = site.Hash(append(published, v1...))
		write(path.Join("content", brand, policy+".md"), append(fmt.Appendf(nil, "+++\ntitle = %q\n+++\n\n", title), v2...))
		keys = append(keys, brand+"/"+policy)
	}
	write("config.toml", []byte(config.String()))
	write("versions/versions.sum", sums.Format())

	clock := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	run := func(args ...string) (stdout string) {
		t.Helper()
		var out, errOut bytes.Buffer
		code := -1
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("redline %s: panic: %v", strings.Join(args, " "), r)
				}
			}()
			code = cli.Main(args, cli.Env{
				Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
				Getenv: func(string) string { return "" }, Now: func() time.Time { return clock },
				Theme: fs.FS(theme),
			})
		}()
		if code < 0 || code > 2 {
			t.Errorf("redline %s: exit %d, want 0, 1 or 2\n%s", strings.Join(args, " "), code, errOut.String())
		}
		if code == 2 { // every file and argument here is valid
			t.Errorf("redline %s: exit 2 (bad usage or unreadable input):\n%.1000s", strings.Join(args, " "), errOut.String())
		}
		for _, s := range []string{out.String(), errOut.String()} {
			if strings.Contains(s, "goroutine ") || strings.Contains(s, "panic:") || strings.Contains(s, "runtime error") {
				t.Errorf("redline %s prints a stack trace:\n%.2000s", strings.Join(args, " "), s)
			}
		}
		return out.String()
	}

	for _, format := range []string{"text", "json", "github"} {
		out := run("check", "--source", src, "--format", format)
		if format == "text" && !strings.Contains(out, "empty-heading") {
			t.Errorf("check finds no empty heading in Facebook's, Instagram's and Snapchat's policies:\n%.2000s", out)
		}
	}
	run("check", "--source", src, "--strict")
	run("status", "--source", src)
	run("build", "--source", src, "--out", filepath.Join(root, "public"))
	run("build", "--source", src, "--out", filepath.Join(root, "drafts"), "--drafts")
	run("release", "--source", src, "--all", "--effective", "2026-07-15", "--dry-run")
	for _, key := range keys {
		run("status", "--source", src, key)
		run("status", "--source", src, "--on", "2026-03-01", key)
		for _, format := range []string{"text", "json", "html"} {
			run("diff", "--source", src, "--format", format, key)
			files := filepath.Join("testdata", "ota", filepath.FromSlash(key))
			run("diff", "--format", format, filepath.Join(files, "v1.md"), filepath.Join(files, "v2.md"))
		}
		run("diff", "--source", src, "--color", "always", key)
		// the material ones need 30 days' notice: 2026-07-15 gives it
		run("release", "--source", src, key, "--effective", "2026-07-15")
	}
	for _, key := range keys {
		run("diff", "--source", src, "--format", "json", key, "v1", "v2")
		run("notify", "--source", src, key, "--force", "--out", filepath.Join(root, "notices", filepath.FromSlash(key)))
	}
	run("check", "--source", src)
	run("status", "--source", src, "--now", "2026-08-01")
	run("status", "--source", src, "--on", "today")
	run("build", "--source", src, "--out", filepath.Join(root, "public2"), "--now", "2026-08-01")
}
