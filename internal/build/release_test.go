package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/site"
)

// A build that lets the texts go (ReleaseBodies, as "redline build" runs)
// makes the same files as one that holds them, and holds no published
// text once it is done: each policy's texts are read when its pages are
// rendered. A published file changed on disk after the site was loaded is
// refused when it is read again, never rendered.
func TestReleaseBodies(t *testing.T) {
	dir := trustedSite(t)
	load := func() *site.Site {
		s, err := site.LoadMemo(site.DirFS(dir), nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	build := func(s *site.Site, release bool) (*Files, error) {
		var out Files
		_, err := Build(s, &out, Options{Now: june, Drafts: true, Theme: theme(s), ReleaseBodies: release})
		return &out, err
	}
	held, err := build(load(), false)
	if err != nil {
		t.Fatal(err)
	}
	s := load()
	released, err := build(s, true)
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "built with the texts released", held, released)
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			for _, v := range p.Versions {
				if v.Body != nil {
					t.Errorf("%s: the build still holds its text", v.File)
				}
			}
		}
	}
	if err := s.LoadBodies(); err != nil {
		t.Fatalf("the texts cannot be read again: %v", err)
	}
	if s.Brands[0].Policies[0].Versions[0].Body == nil {
		t.Error("LoadBodies did not read a released text again")
	}

	// A published text edited between the load and the rendering.
	s = load()
	file := filepath.Join(dir, "versions", "acme", "cookies", "v1.md")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, append(data, "\nWe now sell your data.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := build(s, true)
	if err == nil || !strings.Contains(err.Error(), "versions/acme/cookies/v1.md") || !strings.Contains(err.Error(), "changed") {
		t.Fatalf("a text changed during the build: want an error naming it, got %v", err)
	}
	for _, name := range out.Names() {
		if strings.Contains(string(out.Get(name)), "We now sell your data") {
			t.Errorf("%s shows the text changed after the load", name)
		}
	}
}
