package build

import (
	"os"
	"path/filepath"
	"testing"

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
