package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestPublication(t *testing.T) {
	root := writeSite(t, map[string]string{ConfigFile: testConfig})
	pub := NewPublication(root)
	for _, f := range []struct{ name, data string }{
		{"versions/acme/privacy/v1.md", version(1, "2024-01-01", "2024-01-01", false)},
		{"versions/acme/privacy/v2.md", version(2, "2024-03-01", "2024-04-15", true)},
		{"content/acme/privacy.md", "+++\ntitle = \"Privacy\"\n+++\n\nText 2.\n"},
	} {
		if err := pub.Add(f.name, []byte(f.data)); err != nil {
			t.Fatal(err)
		}
	}
	if s, err := Load(os.DirFS(root)); err != nil || len(s.Brands[0].Policies) != 0 {
		t.Fatalf("before Commit the site has %v, %v; want nothing published", s, err)
	}
	if err := pub.Commit(); err != nil {
		t.Fatal(err)
	}
	s, err := Load(os.DirFS(root))
	if err != nil {
		t.Fatal(err)
	}
	if p := s.Brand("acme").Policy("privacy"); len(p.Versions) != 2 || p.Draft == nil {
		t.Errorf("after Commit: %d versions, draft %v", len(p.Versions), p.Draft)
	}
	assertNoStaging(t, root)
}

// TestPublicationFailsWhole: when one file cannot be put in place, those
// placed before it are taken back and versions.sum is as it was.
func TestPublicationFailsWhole(t *testing.T) {
	root := writeSite(t, map[string]string{ConfigFile: testConfig, SumFile: "# sums\n"})
	pub := NewPublication(root)
	if err := pub.Add("versions/acme/privacy/v1.md", []byte(version(1, "2024-01-01", "2024-01-01", false))); err != nil {
		t.Fatal(err)
	}
	if err := pub.Add("versions/acme/privacy/v2.md", []byte(version(2, "2024-02-01", "2024-02-01", false))); err != nil {
		t.Fatal(err)
	}
	// Another program writes v2 between staging and Commit.
	if err := os.MkdirAll(filepath.Join(root, "versions/acme/privacy"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "versions/acme/privacy/v2.md"), []byte("theirs"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := pub.Commit()
	if err == nil || !strings.Contains(err.Error(), "v2.md: already exists") {
		t.Fatalf("Commit = %v, want v2.md refused", err)
	}
	if _, err := os.Stat(filepath.Join(root, "versions/acme/privacy/v1.md")); err == nil {
		t.Error("v1.md was left in place")
	}
	if data, _ := os.ReadFile(filepath.Join(root, SumFile)); string(data) != "# sums\n" {
		t.Errorf("versions.sum = %q", data)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "versions/acme/privacy/v2.md")); string(data) != "theirs" {
		t.Errorf("v2.md = %q, overwritten", data)
	}
	assertNoStaging(t, root)
}

func TestPublicationRefusesExisting(t *testing.T) {
	root := writeSite(t, map[string]string{ConfigFile: testConfig, "content/acme/privacy.md": "mine"})
	pub := NewPublication(root)
	if err := pub.Add("content/acme/privacy.md", []byte("new")); err == nil {
		t.Fatal("Add of an existing file succeeded")
	}
	pub.Discard()
	assertNoStaging(t, root)
}

func assertNoStaging(t *testing.T, root string) {
	t.Helper()
	if m, _ := filepath.Glob(filepath.Join(root, ".redline-staging-*")); len(m) > 0 {
		t.Errorf("staging folder left behind: %v", m)
	}
}
