package build

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/redline-legal/redline/internal/site"
)

var june = site.NewDate(2026, 6, 1)

func theme(s *site.Site) Theme { return Theme{Site: s.FS, Defaults: os.DirFS("../..")} }

// buildFiles builds s in memory.
func buildFiles(t *testing.T, s *site.Site, c *Cache) *Files {
	t.Helper()
	var out Files
	if _, err := Build(s, &out, Options{Now: june, Drafts: true, Theme: theme(s), Cache: c}); err != nil {
		t.Fatal(err)
	}
	return &out
}

func sameFiles(t *testing.T, what string, a, b *Files) {
	t.Helper()
	if strings.Join(a.Names(), "\n") != strings.Join(b.Names(), "\n") {
		t.Fatalf("%s: file lists differ:\n%v\n%v", what, a.Names(), b.Names())
	}
	for _, n := range a.Names() {
		if !bytes.Equal(a.Get(n), b.Get(n)) {
			t.Fatalf("%s: %s differs:\n%s", what, n, firstDiff(a.Get(n), b.Get(n)))
		}
	}
}

// The output is the same without the cache, with an empty one, and with
// one a first build filled; the second build takes every text and every
// redline from the cache.
func TestCacheSameOutput(t *testing.T) {
	s := loadFixture(t, "site.txtar")
	none := buildFiles(t, s, nil)
	c, err := OpenCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "empty cache", none, buildFiles(t, s, c))
	if c.Misses.Load() == 0 {
		t.Fatal("an empty cache had no misses")
	}
	c.Hits.Store(0)
	c.Misses.Store(0)
	sameFiles(t, "filled cache", none, buildFiles(t, s, c))
	if c.Hits.Load() == 0 || c.Misses.Load() != 0 || c.Bad.Load() != 0 {
		t.Fatalf("second build: %d hits, %d misses, %d bad entries; want hits only", c.Hits.Load(), c.Misses.Load(), c.Bad.Load())
	}
}

// A damaged entry (a flipped byte, a truncated file, another entry's
// content under its name, an empty file) is ignored and made again: the
// output stays the same.
func TestCacheDamagedEntries(t *testing.T) {
	s := loadFixture(t, "site.txtar")
	want := buildFiles(t, s, nil)
	for _, damage := range []struct {
		name string
		do   func(data, other []byte) []byte
	}{
		{"flipped byte", func(d, _ []byte) []byte { d = bytes.Clone(d); d[len(d)-3] ^= 0x20; return d }},
		{"truncated", func(d, _ []byte) []byte { return d[:len(d)/2] }},
		{"foreign", func(_, o []byte) []byte { return o }},
		{"empty", func([]byte, []byte) []byte { return nil }},
		{"garbage with a good checksum", func(d, _ []byte) []byte {
			payload := []byte("not what gob wrote")
			sum := sha256.Sum256(payload)
			head := bytes.Clone(d[:len(entryMagic)+sha256.Size])
			return append(append(head, sum[:]...), payload...)
		}},
	} {
		t.Run(damage.name, func(t *testing.T) {
			dir := t.TempDir()
			c, err := OpenCache(dir)
			if err != nil {
				t.Fatal(err)
			}
			buildFiles(t, s, c)
			entries := cacheEntries(t, dir)
			if len(entries) < 3 {
				t.Fatalf("only %d entries in the cache", len(entries))
			}
			for i, p := range entries {
				data, _ := os.ReadFile(p)
				other, _ := os.ReadFile(entries[(i+1)%len(entries)])
				if err := os.WriteFile(p, damage.do(data, other), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			sameFiles(t, damage.name, want, buildFiles(t, s, c))
			if c.Bad.Load() < int64(len(entries)) {
				t.Fatalf("%d entries found bad of %d damaged", c.Bad.Load(), len(entries))
			}
			// The damaged entries were replaced by good ones.
			c.Bad.Store(0)
			sameFiles(t, damage.name, want, buildFiles(t, s, c))
			if c.Bad.Load() != 0 {
				t.Fatalf("%d bad entries after a rebuild", c.Bad.Load())
			}
		})
	}
}

func cacheEntries(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != "CACHEDIR.TAG" && !strings.HasPrefix(p, filepath.Join(dir, "out")) {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// file is an output file as a deploy tool sees it.
type file struct {
	data  []byte
	mtime time.Time
}

// readTree reads every file under dir but redline's marker.
func readTree(t *testing.T, dir string) map[string]file {
	t.Helper()
	out := map[string]file{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == Marker {
			return err
		}
		data, err := os.ReadFile(p)
		fi, _ := d.Info()
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = file{data, fi.ModTime()}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// ageTree sets every file's time an hour back, so that a file written
// again is seen to be.
func ageTree(t *testing.T, dir string) {
	t.Helper()
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.Chtimes(p, old, old)
		}
		return err
	})
}

// buildDir builds s into out as "redline build --drafts" does.
func buildDir(t *testing.T, s *site.Site, out string, c *Cache, th Theme) (Stats, error) {
	t.Helper()
	d, err := CreateDir(out, "")
	if err != nil {
		t.Fatal(err)
	}
	d.Remember(c)
	st, err := Build(s, d, Options{Now: june, Drafts: true, Theme: th, Cache: c})
	if err != nil {
		d.Abort()
		return st, err
	}
	return st, d.Commit()
}

// changed lists the files whose bytes or time differ between two trees,
// and those only in one.
func changed(a, b map[string]file) []string {
	var out []string
	for n, f := range a {
		if g, ok := b[n]; !ok || !bytes.Equal(f.data, g.data) || !f.mtime.Equal(g.mtime) {
			out = append(out, n)
		}
	}
	for n := range b {
		if _, ok := a[n]; !ok {
			out = append(out, n)
		}
	}
	sortStrings(out)
	return out
}

// A rebuild writes only the files that changed: with nothing changed no
// file is touched; after a draft is edited, only the draft's page; and its
// output is, byte for byte, that of a build from scratch.
func TestRebuildWritesOnlyChanges(t *testing.T) {
	for _, cached := range []bool{true, false} {
		name := "no cache"
		if cached {
			name = "cache"
		}
		t.Run(name, func(t *testing.T) {
			var c *Cache
			if cached {
				c, _ = OpenCache(t.TempDir())
			}
			s := loadFixture(t, "site.txtar")
			out := filepath.Join(t.TempDir(), "public")
			first, err := buildDir(t, s, out, c, theme(s))
			if err != nil {
				t.Fatal(err)
			}
			ageTree(t, out)
			before := readTree(t, out)
			st, err := buildDir(t, s, out, c, theme(s))
			if err != nil {
				t.Fatal(err)
			}
			if ch := changed(before, readTree(t, out)); len(ch) > 0 {
				t.Fatalf("nothing changed, yet the build wrote %v", ch)
			}
			if st.Rendered == 0 {
				t.Error("the output's files are an hour older than the last build knew, yet nothing was rendered to check them")
			}
			if st, err = buildDir(t, s, out, c, theme(s)); err != nil {
				t.Fatal(err)
			}
			if cached && st.Rendered != 0 {
				t.Errorf("nothing changed, yet the build rendered %d pages", st.Rendered)
			}
			if st.Pages != first.Pages || st.Files != first.Files || st.Bytes != first.Bytes {
				t.Errorf("a rebuild counts %d pages, %d files, %d bytes; the first build %d, %d, %d",
					st.Pages, st.Files, st.Bytes, first.Pages, first.Files, first.Bytes)
			}
			if ch := changed(before, readTree(t, out)); len(ch) > 0 {
				t.Fatalf("nothing changed, yet the build wrote %v", ch)
			}

			// Edit the draft.
			fsys := s.FS.(fstest.MapFS)
			draft := fsys["content/acme/privacy.md"]
			draft.Data = append(bytes.Clone(draft.Data), "\nWe also sell your data to anyone who asks.\n"...)
			s = mustLoad(t, fsys)
			if _, err := buildDir(t, s, out, c, theme(s)); err != nil {
				t.Fatal(err)
			}
			after := readTree(t, out)
			if ch := changed(before, after); strings.Join(ch, " ") != "acme/privacy/draft/index.html" {
				t.Errorf("after a draft edit the build changed %v; want only the draft's page", ch)
			}
			fresh := filepath.Join(t.TempDir(), "public")
			if _, err := buildDir(t, s, fresh, nil, theme(s)); err != nil {
				t.Fatal(err)
			}
			sameTree(t, readTree(t, fresh), after)
		})
	}
}

func sameTree(t *testing.T, want, got map[string]file) {
	t.Helper()
	for n, f := range want {
		if g, ok := got[n]; !ok {
			t.Errorf("%s is missing", n)
		} else if !bytes.Equal(f.data, g.data) {
			t.Errorf("%s differs from a build from scratch:\n%s", n, firstDiff(f.data, g.data))
		}
	}
	for n := range got {
		if _, ok := want[n]; !ok {
			t.Errorf("%s is left over", n)
		}
	}
}

// builtFixture builds the fixture site.txtar with a new cache into a new
// output folder, for a test of what the next build does.
func builtFixture(t *testing.T) (c *Cache, s *site.Site, out string) {
	t.Helper()
	c, _ = OpenCache(t.TempDir())
	s = loadFixture(t, "site.txtar")
	out = filepath.Join(t.TempDir(), "public")
	if _, err := buildDir(t, s, out, c, theme(s)); err != nil {
		t.Fatal(err)
	}
	return c, s, out
}

func mustLoad(t *testing.T, fsys fs.FS) *site.Site {
	t.Helper()
	s, err := site.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A file deleted or edited in the output by hand is made again by the next
// build, even when nothing in the site changed; a file the site no longer
// makes is removed, with its folders.
func TestRebuildRepairsAndRemoves(t *testing.T) {
	c, s, out := builtFixture(t)
	want := readTree(t, out)
	os.Remove(filepath.Join(out, "acme/privacy/v1/index.html"))
	os.WriteFile(filepath.Join(out, "acme/feed.xml"), []byte("hacked"), 0o644)
	if _, err := buildDir(t, s, out, c, theme(s)); err != nil {
		t.Fatal(err)
	}
	sameTree(t, want, readTree(t, out))

	// Without the draft, its page and folder go.
	fsys := s.FS.(fstest.MapFS)
	delete(fsys, "content/acme/privacy.md")
	s = mustLoad(t, fsys)
	if _, err := buildDir(t, s, out, c, theme(s)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "acme/privacy/draft")); !os.IsNotExist(err) {
		t.Errorf("the draft's folder is still there: %v", err)
	}
	fresh := filepath.Join(t.TempDir(), "public")
	if _, err := buildDir(t, s, fresh, nil, theme(s)); err != nil {
		t.Fatal(err)
	}
	sameTree(t, readTree(t, fresh), readTree(t, out))
}

// A build that fails leaves the previous output as it was: every file's
// bytes and time, and nothing left beside it.
func TestFailedRebuildLeavesOutput(t *testing.T) {
	c, s, out := builtFixture(t)
	ageTree(t, out)
	before := readTree(t, out)
	fsys := s.FS.(fstest.MapFS)
	draft := fsys["content/acme/privacy.md"]
	draft.Data = append(bytes.Clone(draft.Data), "\nA new sentence.\n"...)
	// A layout that fails on the last page rendered: the pages before it
	// were written, into the temporary folder.
	fsys["layouts/history.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{index .Rows 99}}{{end}}`)}
	s = mustLoad(t, fsys)
	if _, err := buildDir(t, s, out, c, theme(s)); err == nil {
		t.Fatal("the broken layout built")
	}
	if ch := changed(before, readTree(t, out)); len(ch) > 0 {
		t.Errorf("a failed build changed %v", ch)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("left beside the output: %v", entries)
	}
}

// The same code keeps its cache however its executable was made: "go run"
// links a new file in a new folder each time, and a copy has a new time.
func TestExeIDSameCode(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Skip(err)
	}
	copy := filepath.Join(t.TempDir(), "relinked")
	if err := os.WriteFile(copy, data, 0o755); err != nil {
		t.Fatal(err)
	}
	a, b := exeID(exe), exeID(copy)
	if a != b {
		t.Errorf("exeID = %q for the executable, %q for its copy: a relinked build would start with a cold cache", a, b)
	}
	if runtime.GOOS == "linux" && !strings.HasPrefix(a, "go-build-id ") {
		t.Errorf("exeID = %q, want the Go build ID", a)
	}
}

// TestCacheTrim: entries no build has used for five days are removed, at
// most once a day; an entry read is marked used and stays.
func TestCacheTrim(t *testing.T) {
	c, err := OpenCache(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	day0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	now := day0
	c.now = func() time.Time { return now }
	ka, kb := newKey("test").str("a").sum(), newKey("test").str("b").sum()
	c.put("test", ka, "A")
	c.put("test", kb, "B")
	for _, k := range []key{ka, kb} { // both written on day 0
		if err := os.Chtimes(c.path("test", k), time.Time{}, day0); err != nil {
			t.Fatal(err)
		}
	}
	if n := c.Trim(); n != 0 {
		t.Fatalf("first trim removed %d fresh entries", n)
	}
	now = day0.Add(4 * 24 * time.Hour) // b is read on day 4
	var v string
	if !c.get("test", kb, &v) || v != "B" {
		t.Fatal("entry b not served")
	}
	now = day0.Add(6 * 24 * time.Hour)
	if n := c.Trim(); n != 1 {
		t.Errorf("trim on day 6 removed %d entries, want 1 (a, unused for 6 days)", n)
	}
	if c.get("test", ka, &v) {
		t.Error("entry a, unused for 6 days, is still served")
	}
	if !c.get("test", kb, &v) {
		t.Error("entry b, read 2 days ago, was removed")
	}
	c.put("test", ka, "A")
	if err := os.Chtimes(c.path("test", ka), time.Time{}, day0); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Hour)
	if n := c.Trim(); n != 0 {
		t.Errorf("a second trim within a day removed %d entries", n)
	}
}

// TestCacheTrimOnlyEntries: a cache folder given by mistake (the site
// folder itself) loses nothing to Trim but entries: its old files stay.
func TestCacheTrimOnlyEntries(t *testing.T) {
	dir := t.TempDir()
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	files := []string{"versions/acme/privacy/v1.md", "content/acme/privacy.md", "static/ab/" + strings.Repeat("c", 64),
		"layouts/base.html", "versions.sum"}
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("policy"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
	}
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	k := newKey("pair").str("x").sum()
	c.put("pair", k, "entry")
	if err := os.Chtimes(c.path("pair", k), old, old); err != nil {
		t.Fatal(err)
	}
	if n := c.Trim(); n != 1 {
		t.Errorf("Trim removed %d files, want 1 (the old entry)", n)
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// TestRebuildRemovesStrays: a build removes what it did not make even when
// the cache says nothing changed: a file dropped into the output (at its
// top or deep in a page's folder) and a folder put there (a build cache
// given the output by mistake, holding draft text) are gone after the next
// build, which writes nothing else; the output is then that of a fresh
// build.
func TestRebuildRemovesStrays(t *testing.T) {
	c, s, out := builtFixture(t)
	want := readTree(t, out)
	time.Sleep(50 * time.Millisecond) // a folder's time must be able to change: the kernel's clock for file times ticks every 1 to 10 ms
	strays := []string{"stray.txt", "acme/privacy/v1/notes.html", "body/ab/secret-draft-text"}
	for _, f := range strays {
		p := filepath.Join(out, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("not ours"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := buildDir(t, s, out, c, theme(s)); err != nil {
		t.Fatal(err)
	}
	for _, f := range append(strays, "body") {
		if _, err := os.Lstat(filepath.Join(out, filepath.FromSlash(f))); !os.IsNotExist(err) {
			t.Errorf("%s is still in the output (%v)", f, err)
		}
	}
	sameTree(t, want, readTree(t, out))
}

// TestNextDayKeepsPolicies: built again the next day with nothing
// published or taking effect in between, a cached build renders only the
// pages that print the day (the home page, 404.html, the brands' pages) and keeps
// every policy's pages; on the day a version takes effect, that policy's
// pages are made again. Each time the output is that of a fresh build.
func TestNextDayKeepsPolicies(t *testing.T) {
	s := loadFixture(t, "collapse.txtar")
	c, _ := OpenCache(t.TempDir())
	out := filepath.Join(t.TempDir(), "public")
	build := func(day site.Date) Stats {
		t.Helper()
		d, err := CreateDir(out, "")
		if err != nil {
			t.Fatal(err)
		}
		d.Remember(c)
		st, err := Build(s, d, Options{Now: day, Theme: theme(s), Cache: c})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Commit(); err != nil {
			t.Fatal(err)
		}
		fresh := filepath.Join(t.TempDir(), "fresh")
		d2, _ := CreateDir(fresh, "")
		if _, err := Build(s, d2, Options{Now: day, Theme: theme(s)}); err != nil {
			t.Fatal(err)
		}
		d2.Commit()
		sameTree(t, readTree(t, fresh), readTree(t, out))
		return st
	}
	first := build(site.NewDate(2026, 7, 1))
	next := build(site.NewDate(2026, 7, 2))
	sitePages := 2 + len(s.Brands) // the home page, 404.html, a page per brand
	if next.Rendered >= first.Rendered || next.Rendered > sitePages {
		t.Errorf("the next day rendered %d of %d pages, want only the home, 404 and brand pages (%d)", next.Rendered, first.Pages, sitePages)
	}
	var latest site.Date
	for _, p := range s.Brands[0].Policies {
		for _, v := range p.Versions {
			if v.Effective.After(latest) {
				latest = v.Effective
			}
		}
	}
	build(latest.AddDays(-1))
	if st := build(latest); st.Rendered <= sitePages {
		t.Errorf("on the day a version takes effect only %d pages were rendered: the policy's pages must change", st.Rendered)
	}
}

// A draft added, or its front matter edited, renders its policy's pages
// and the pages that list it (the home page, its brand's), not every page
// of the site: the other policies' units are kept. The output is the same
// as a build from scratch.
func TestNewDraftKeepsOtherPolicies(t *testing.T) {
	c, s, out := builtFixture(t)
	privacy := 0
	for name := range readTree(t, out) {
		if strings.HasPrefix(name, "acme/privacy/") && strings.HasSuffix(name, ".html") {
			privacy++
		}
	}
	fsys := s.FS.(fstest.MapFS)
	for _, step := range []struct {
		what string
		edit func()
	}{
		{"a first draft of a new policy", func() {
			fsys["content/acme/cookies.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Cookie Policy\"\n+++\n\n## Cookies\n\nWe use one cookie, to keep you signed in.\n")}
		}},
		{"its title changed", func() {
			fsys["content/acme/cookies.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Cookies and similar technologies\"\n+++\n\n## Cookies\n\nWe use one cookie, to keep you signed in.\n")}
		}},
	} {
		step.edit()
		s = mustLoad(t, fsys)
		st, err := buildDir(t, s, out, c, theme(s))
		if err != nil {
			t.Fatal(err)
		}
		if st.Rendered > st.Pages-privacy {
			t.Errorf("%s: %d of %d pages rendered; the privacy policy's %d pages need not be", step.what, st.Rendered, st.Pages, privacy)
		}
		fresh := filepath.Join(t.TempDir(), "public")
		if _, err := buildDir(t, s, fresh, nil, theme(s)); err != nil {
			t.Fatal(err)
		}
		sameTree(t, readTree(t, fresh), readTree(t, out))
		if !strings.Contains(string(readTree(t, out)["acme/index.html"].data), "Cookie") {
			t.Errorf("%s: the brand's page does not list the draft", step.what)
		}
	}
}

// Without a cache, a build lists the output folder while it renders the
// site, and removes at Commit what it did not make: a page of a policy
// gone since, and a file put there by hand, with their folders.
func TestNoCacheRemovesStale(t *testing.T) {
	s := loadFixture(t, "site.txtar")
	out := filepath.Join(t.TempDir(), "public")
	if _, err := buildDir(t, s, out, nil, theme(s)); err != nil {
		t.Fatal(err)
	}
	want := readTree(t, out)
	for _, name := range []string{"gone/privacy/v1/index.html", "acme/notes.txt"} {
		p := filepath.Join(out, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("stale"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := buildDir(t, s, out, nil, theme(s)); err != nil {
		t.Fatal(err)
	}
	sameTree(t, want, readTree(t, out))
	if _, err := os.Stat(filepath.Join(out, "gone")); !os.IsNotExist(err) {
		t.Errorf("the folder of a page the build no longer makes is left: %v", err)
	}
}
