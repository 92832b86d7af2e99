package notify

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestOutboxRefusesLinks: a symbolic link (or a hard link) in the outbox
// is refused, never written through: the file it points to is unchanged.
func TestOutboxRefusesLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	msgs := render(t, 2)
	for _, tc := range []struct {
		what  string
		name  string // the file in the outbox that is a link to victim
		hard  bool
		write func(dir string) error
	}{
		{"preview.eml", "preview.eml", false, func(dir string) error { return WritePreview(dir, []byte("eml"), []byte("html")) }},
		{"preview.html", "preview.html", false, func(dir string) error { return WritePreview(dir, []byte("eml"), []byte("html")) }},
		{"a message", msgs[1].Token + ".eml", false, func(dir string) error { _, err := WriteOutbox(dir, msgs, nil); return err }},
		{"the ledger", LedgerFile, false, func(dir string) error {
			l, err := OpenLedger(dir)
			if err == nil {
				l.Record(Entry{Token: "x", Status: Accepted})
				l.Close()
			}
			return err
		}},
		{"a hard link", "preview.eml", true, func(dir string) error { return WritePreview(dir, []byte("eml"), []byte("html")) }},
	} {
		t.Run(tc.what, func(t *testing.T) {
			victim := filepath.Join(t.TempDir(), "victim")
			if err := os.WriteFile(victim, []byte("precious\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			link := os.Symlink
			if tc.hard {
				link = os.Link
			}
			if err := link(victim, filepath.Join(dir, tc.name)); err != nil {
				t.Fatal(err)
			}
			err := tc.write(dir)
			if err == nil || !strings.Contains(err.Error(), "redline does not write through it") || !strings.Contains(hint(err), "remove it") {
				t.Errorf("want a refusal naming the link; got %v", err)
			}
			if data, _ := os.ReadFile(victim); string(data) != "precious\n" {
				t.Errorf("the file the link points to was overwritten: %q", data)
			}
		})
	}
}

// TestOutboxFolderLink: the outbox folder, or a folder on the way to it
// inside the site, that is a symbolic link is refused.
func TestOutboxFolderLink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	elsewhere := t.TempDir()
	site := t.TempDir()
	if err := os.Symlink(elsewhere, filepath.Join(site, "notices")); err != nil {
		t.Fatal(err)
	}
	_, err := MakeOutbox(site, "notices/acme/privacy/v2")
	if err == nil || !strings.Contains(err.Error(), "the outbox is a symbolic link") {
		t.Errorf("a link on the way to the outbox: %v", err)
	}
	if _, err := OpenLedger(filepath.Join(site, "notices")); err == nil {
		t.Errorf("OpenLedger opened an outbox that is a link")
	}
	if entries, _ := os.ReadDir(elsewhere); len(entries) != 0 {
		t.Errorf("redline wrote through the link: %v", entries)
	}
	// A real folder is fine, and made as needed.
	dir, err := MakeOutbox(site, "out/acme/v2")
	if err != nil || dir != filepath.Join(site, "out/acme/v2") {
		t.Errorf("MakeOutbox: %q, %v", dir, err)
	}
	if err := WritePreview(dir, []byte("eml"), []byte("html")); err != nil {
		t.Fatal(err)
	}
	// Writing again replaces the file's contents.
	if err := WritePreview(dir, []byte("e"), []byte("h")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "preview.eml")); string(data) != "e" {
		t.Errorf("preview.eml holds %q", data)
	}
}
