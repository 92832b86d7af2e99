package site

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/diag"
)

func TestReadLimited(t *testing.T) {
	for _, tc := range []struct {
		size, limit int64
		ok          bool
	}{
		{0, 10, true}, {10, 10, true}, {11, 10, false}, {1 << 20, -1, true},
	} {
		data, err := ReadLimited(strings.NewReader(strings.Repeat("x", int(tc.size))), "f.md", tc.limit)
		if tc.ok != (err == nil) || (err == nil && int64(len(data)) != tc.size) {
			t.Errorf("size %d limit %d: %d bytes, %v", tc.size, tc.limit, len(data), err)
		}
	}
}

// A draft larger than MaxFileSize is an error naming it, not a machine out
// of memory; the file is not read past the limit.
func TestDirFSTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "content", "acme", "privacy.md")
	if err := os.MkdirAll(filepath.Dir(big), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxFileSize+1); err != nil { // sparse: takes no disk
		t.Fatal(err)
	}
	fsys := DirFS(dir)
	_, err := fs.ReadFile(fsys, "content/acme/privacy.md")
	var e *diag.Error
	if !errors.As(err, &e) || e.File != "content/acme/privacy.md" || !strings.Contains(e.Msg, "larger than 32 MiB") {
		t.Fatalf("err = %v", err)
	}
	if err := os.Truncate(big, MaxFileSize); err != nil {
		t.Fatal(err)
	}
	if data, err := fs.ReadFile(fsys, "content/acme/privacy.md"); err != nil || len(data) != MaxFileSize {
		t.Fatalf("a file of exactly the limit: %d bytes, %v", len(data), err)
	}
	// static/ has its own, larger limit.
	if got := sizeLimit("static/video.mp4"); got != MaxStaticSize {
		t.Errorf("sizeLimit(static/...) = %d", got)
	}
}

// fs.WalkDir and fs.Stat over the site see links as refusals, not as the
// files they point to; a missing file is still fs.ErrNotExist, so that
// layouts fall back to the built-in ones.
func TestDirFSLinks(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "static"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc", filepath.Join(dir, "static", "etc")); err != nil {
		t.Fatal(err)
	}
	fsys := DirFS(dir)
	for _, name := range []string{"static/etc", "static/etc/passwd", "static/etc/hostname"} {
		if _, err := fs.ReadFile(fsys, name); err == nil || !strings.Contains(err.Error(), "static/etc: symbolic link") {
			t.Errorf("ReadFile(%s) = %v, want a refused link", name, err)
		}
		if _, err := fs.Stat(fsys, name); err == nil {
			t.Errorf("Stat(%s) succeeded", name)
		}
	}
	if _, err := fs.ReadFile(fsys, "layouts/base.html"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
}

// A file read with the size its Stat gave is read whole even when it grew
// or shrank since, and refused past the limit all the same.
func TestReadSized(t *testing.T) {
	for _, tc := range []struct {
		actual, declared, limit int64
		ok                      bool
	}{
		{0, 0, 10, true}, {10, 10, 10, true}, {5, 10, 10, true}, {10, 5, 10, true},
		{11, 5, 10, false}, {11, 11, 10, false}, {1 << 20, 3, -1, true}, {1000, 0, -1, true},
	} {
		data, err := readSized(strings.NewReader(strings.Repeat("x", int(tc.actual))), "f.md", tc.limit, tc.declared)
		if tc.ok != (err == nil) || (err == nil && int64(len(data)) != tc.actual) {
			t.Errorf("%d bytes, stat said %d, limit %d: read %d bytes, %v", tc.actual, tc.declared, tc.limit, len(data), err)
		}
	}
}

// Folders are checked once per FS; a link inside a folder already checked
// is refused all the same.
func TestDirFSLinkInCheckedFolder(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "versions", "acme"), 0o755)
	os.WriteFile(filepath.Join(dir, "versions", "acme", "a.md"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(dir, "outside.md"), []byte("b"), 0o644)
	if err := os.Symlink(filepath.Join(dir, "outside.md"), filepath.Join(dir, "versions", "acme", "b.md")); err != nil {
		t.Skip(err)
	}
	fsys := DirFS(dir)
	if _, err := fs.ReadFile(fsys, "versions/acme/a.md"); err != nil {
		t.Fatal(err)
	}
	_, err := fs.ReadFile(fsys, "versions/acme/b.md")
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("a link in a folder already checked: %v", err)
	}
}
