package build

import (
	"bytes"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/redline-legal/redline/internal/site"
)

var hrefs = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// folderLinks builds the fixture and returns every link, on every page, that
// does not name a file of the output: what a browser opening the output
// from disk shows as a folder listing (or nothing).
func folderLinks(t *testing.T, opts Options) []string {
	return brokenLinks(t, loadFixture(t, "site.txtar"), opts)
}

// brokenLinks builds s, with drafts, and returns the links of its pages
// that name no file of the output.
func brokenLinks(t *testing.T, s *site.Site, opts Options) []string {
	day, _ := site.ParseDate("2026-06-01")
	opts.Now, opts.Drafts, opts.Theme = day, true, Theme{Site: s.FS, Defaults: os.DirFS("../..")}
	var out Files
	if _, err := Build(s, &out, opts); err != nil {
		t.Fatal(err)
	}
	var bad []string
	for _, name := range out.Names() {
		if !strings.HasSuffix(name, ".html") || name == "404.html" { // 404.html is served by a web server only
			continue
		}
		for _, m := range hrefs.FindAllStringSubmatch(string(out.Get(name)), -1) {
			link, _, _ := strings.Cut(m[1], "#")
			if link == "" && strings.HasPrefix(m[1], "#") || strings.Contains(link, ":") {
				continue // an anchor on the page, or another origin
			}
			if out.Get(path.Join(path.Dir(name), link)) == nil {
				bad = append(bad, name+" → "+m[1])
			}
		}
	}
	return bad
}

// TestLocalLinks: with LocalLinks every link between pages names a file, so
// the output works opened from disk; without, pages link to folders.
func TestLocalLinks(t *testing.T) {
	if bad := folderLinks(t, Options{LocalLinks: true}); len(bad) > 0 {
		t.Errorf("%d links do not name a file, e.g. %s", len(bad), bad[0])
	}
	if bad := folderLinks(t, Options{}); len(bad) == 0 {
		t.Errorf("without LocalLinks, every link names a file: the pretty links are gone")
	}
}

// TestDraftOnlyPolicyLinks: a policy with a draft and nothing published
// has no page, history or in-force version yet: no page links to them.
func TestDraftOnlyPolicyLinks(t *testing.T) {
	fsys := loadFixture(t, "site.txtar").FS.(fstest.MapFS)
	fsys["content/acme/cookies.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Cookie Policy\"\n+++\n\nWe use one cookie, to keep you signed in.\n")}
	if bad := brokenLinks(t, mustLoad(t, fsys), Options{LocalLinks: true}); len(bad) > 0 {
		t.Errorf("%d links name no page, e.g. %s", len(bad), strings.Join(bad, "; "))
	}
}

// TestGenerator: pages say which redline made them, in a meta element and
// the footer.
func TestGenerator(t *testing.T) {
	s := loadFixture(t, "site.txtar")
	day, _ := site.ParseDate("2026-06-01")
	var out Files
	if _, err := Build(s, &out, Options{Now: day, Generator: "redline v9.8.7", Theme: Theme{Site: s.FS, Defaults: os.DirFS("../..")}}); err != nil {
		t.Fatal(err)
	}
	page := string(out.Get("acme/privacy/index.html"))
	for _, want := range []string{`<meta name="generator" content="redline v9.8.7">`, `<p>Published with redline v9.8.7.</p>`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// The home page says when the site was built; a policy's pages do not
	// (TestNextDay).
	if home := string(out.Get("index.html")); !strings.Contains(home, `<p>Published with redline v9.8.7. Built 1 June 2026.</p>`) {
		t.Errorf("the home page does not say when the site was built")
	}
}

// TestNextDay: built again the next day, with nothing published or taking
// effect in between, a policy's pages (its versions, history and redlines)
// are byte for byte the same, so a daily build rewrites, and a deploy
// moves, only the pages that say when the site was built (and
// versions.json, whose "asOf" is the day).
func TestNextDay(t *testing.T) {
	s := loadFixture(t, "collapse.txtar")
	var days [2]Files
	for i, d := range []site.Date{site.NewDate(2026, 7, 1), site.NewDate(2026, 7, 2)} {
		if _, err := Build(s, &days[i], Options{Now: d, Theme: Theme{Site: s.FS, Defaults: os.DirFS("../..")}}); err != nil {
			t.Fatal(err)
		}
	}
	var changed []string
	for _, name := range days[0].Names() {
		if !bytes.Equal(days[0].Get(name), days[1].Get(name)) {
			changed = append(changed, name)
		}
	}
	for _, name := range changed {
		if strings.HasPrefix(name, "acme/privacy/") && strings.HasSuffix(name, ".html") {
			t.Errorf("%s differs from the day before", name)
		}
	}
	if len(changed) == 0 {
		t.Errorf("no page says the day it was built")
	}
}
