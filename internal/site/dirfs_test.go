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
