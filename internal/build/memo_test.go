package build

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/site"
)

// The memo of a site's versions is kept in the cache per site folder; a
// damaged one is counted bad and ignored: the memo comes back empty and the
// versions are parsed again.
func TestVersionMemoEntry(t *testing.T) {
	s := loadFixture(t, "site.txtar")
	dir := t.TempDir()
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := c.VersionMemo("site")
	if _, err := site.LoadMemo(s.FS, m); err != nil {
		t.Fatal(err)
	}
	c.SaveVersionMemo("site", m)
	entries, _ := filepath.Glob(filepath.Join(dir, "versions", "*", "*"))
	if len(entries) != 1 {
		t.Fatalf("%d memo entries in the cache, want 1", len(entries))
	}
	if other := c.VersionMemo("other-site"); other.Changed() {
		t.Error("another site's memo is not empty")
	}
	again := c.VersionMemo("site")
	if _, err := site.LoadMemo(s.FS, again); err != nil {
		t.Fatal(err)
	}
	if again.Changed() || c.Bad.Load() != 0 {
		t.Fatalf("the memo read back: changed %v, %d bad entries", again.Changed(), c.Bad.Load())
	}
	data, _ := os.ReadFile(entries[0])
	data[len(data)-5] ^= 1
	os.WriteFile(entries[0], data, 0o644)
	damaged := c.VersionMemo("site")
	if c.Bad.Load() != 1 {
		t.Fatalf("a damaged memo: %d bad entries, want 1", c.Bad.Load())
	}
	if _, err := site.LoadMemo(s.FS, damaged); err != nil {
		t.Fatal(err)
	}
	if !damaged.Changed() {
		t.Error("a damaged memo was not ignored: the load added nothing to it")
	}
}

// trustedSite writes the fixture to disk with a second policy (a copy of
// the first), for builds that trust the files' identities.
func trustedSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, loadFixture(t, "site.txtar").FS); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(dir, "versions", "acme", "cookies"), os.DirFS(filepath.Join(dir, "versions", "acme", "privacy"))); err != nil {
		t.Fatal(err)
	}
	sums := site.Sums{}
	for _, p := range []string{"privacy/v1.md", "privacy/v2.md", "cookies/v1.md", "cookies/v2.md"} {
		data, err := os.ReadFile(filepath.Join(dir, "versions", "acme", p))
		if err != nil {
			t.Fatal(err)
		}
		sums["versions/acme/"+p] = site.Hash(data)
	}
	os.WriteFile(filepath.Join(dir, filepath.FromSlash(site.SumFile)), sums.Format(), 0o644)
	return dir
}

// loadTrusting loads the site at dir as "redline build" does, trusting
// the identity of files a build verified an hour ago or more.
func loadTrusting(t *testing.T, dir string, c *Cache) *site.Site {
	t.Helper()
	m := c.VersionMemo(dir)
	m.TrustIdentity(time.Now().Add(time.Hour))
	s, err := site.LoadMemo(site.DirFS(dir), m)
	if err != nil {
		t.Fatal(err)
	}
	c.SaveVersionMemo(dir, m)
	return s
}

// A build that took published files by their identity renders, after a
// draft is edited, the same bytes as a build from scratch; it read only the
// texts of the policy it rendered, or all of them when the site has
// layouts of its own.
func TestTrustedRebuild(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("identities are trusted on Linux and macOS only")
	}
	for _, own := range []bool{false, true} {
		dir := trustedSite(t)
		if own {
			base, _ := os.ReadFile("../../layouts/base.html")
			os.MkdirAll(filepath.Join(dir, "layouts"), 0o755)
			os.WriteFile(filepath.Join(dir, "layouts", "base.html"), base, 0o644)
		}
		c, _ := OpenCache(t.TempDir())
		out := filepath.Join(t.TempDir(), "public")
		for range 2 { // the first records the files, the second takes them by identity
			s := loadTrusting(t, dir, c)
			if _, err := buildDir(t, s, out, c, theme(s)); err != nil {
				t.Fatal(err)
			}
		}
		draft := filepath.Join(dir, "content", "acme", "privacy.md")
		data, _ := os.ReadFile(draft)
		os.WriteFile(draft, append(data, "\nWe also sell your data to anyone who asks.\n"...), 0o644)
		s := loadTrusting(t, dir, c)
		cookies := s.Brand("acme").Policy("cookies").Versions[0]
		if cookies.Body != nil {
			t.Fatal("the cookies policy's text was read, though its file is as verified")
		}
		if _, err := buildDir(t, s, out, c, theme(s)); err != nil {
			t.Fatal(err)
		}
		if read := cookies.Body != nil; read != own {
			t.Errorf("own layouts %v: the text of a policy not rendered read: %v", own, read)
		}
		if s.Brand("acme").Policy("privacy").Versions[0].Body == nil {
			t.Error("the text of the policy rendered was not read")
		}
		plain, err := site.Load(site.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		fresh := filepath.Join(t.TempDir(), "public")
		if _, err := buildDir(t, plain, fresh, nil, theme(plain)); err != nil {
			t.Fatal(err)
		}
		sameTree(t, readTree(t, fresh), readTree(t, out))
	}
}
