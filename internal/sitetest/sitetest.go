// Package sitetest loads test sites written as txtar archives, for the
// tests of the packages that work on a loaded site.
package sitetest

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/redline-legal/redline/internal/site"
	"github.com/rogpeppe/go-internal/txtar"
)

// Load reads the txtar archive at path as a site folder, records the
// hashes of its published files in versions.sum as release would, and
// loads it; a site that does not load fails the test.
func Load(t testing.TB, path string) *site.Site {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	sums := site.Sums{}
	for _, f := range ar.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		if strings.HasPrefix(f.Name, "versions/") {
			sums[f.Name] = site.Hash(f.Data)
		}
	}
	fsys[site.SumFile] = &fstest.MapFile{Data: sums.Format()}
	s, err := site.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
