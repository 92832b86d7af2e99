package build

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/redline-legal/redline/internal/site"
	"github.com/redline-legal/redline/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// loadFixture reads the txtar site archive testdata/name.
func loadFixture(t testing.TB, name string) *site.Site {
	t.Helper()
	return sitetest.Load(t, filepath.Join("testdata", name))
}

func buildFixture(t testing.TB, name, now string, drafts bool) *Files {
	t.Helper()
	s := loadFixture(t, name)
	day, err := site.ParseDate(now)
	if err != nil {
		t.Fatal(err)
	}
	var out Files
	theme := Theme{Site: s.FS, Defaults: os.DirFS("../..")}
	if _, err := Build(s, &out, Options{Now: day, Drafts: drafts, Theme: theme}); err != nil {
		t.Fatal(err)
	}
	return &out
}

// TestGolden compares rendered pages with testdata/golden; run
// "go test ./internal/build -update" after an intended change and review
// the diff of the golden files.
func TestGolden(t *testing.T) {
	out := buildFixture(t, "site.txtar", "2026-06-01", true)
	for _, name := range []string{
		"index.html",
		"acme/index.html",
		"acme/privacy/index.html",
		"acme/privacy/v1/index.html",
		"acme/privacy/history/index.html",
		"acme/privacy/changes/v1-v2/index.html",
		"acme/privacy/draft/index.html",
		"acme/privacy/versions.json",
		"acme/feed.xml",
		"sitemap.xml",
		"404.html",
	} {
		t.Run(name, func(t *testing.T) {
			got := out.Get(name)
			if got == nil {
				t.Fatalf("%s was not written; wrote %v", name, out.Names())
			}
			golden := filepath.Join("testdata", "golden", filepath.FromSlash(name))
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run go test -update and review the diff:\n%s", name, golden, firstDiff(want, got))
			}
		})
	}
}

// firstDiff shows the first line where two files differ.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, a, b)
		}
	}
	return ""
}

// TestReproducible builds the same site twice, on all cores, and expects
// byte-identical files: parallel rendering must not leak into the output.
func TestReproducible(t *testing.T) {
	a := buildFixture(t, "site.txtar", "2026-07-01", true)
	for range 5 {
		b := buildFixture(t, "site.txtar", "2026-07-01", true)
		if strings.Join(a.Names(), "\n") != strings.Join(b.Names(), "\n") {
			t.Fatalf("file lists differ:\n%v\n%v", a.Names(), b.Names())
		}
		for _, n := range a.Names() {
			if !bytes.Equal(a.Get(n), b.Get(n)) {
				t.Fatalf("%s differs between two builds", n)
			}
		}
	}
}

// TestUpcomingNotice: the page in force announces a published later
// version, with its date and a link, and stops once it is in force.
func TestUpcomingNotice(t *testing.T) {
	june := string(buildFixture(t, "site.txtar", "2026-06-01", false).Get("acme/privacy/index.html"))
	for _, want := range []string{
		"This policy is changing.",
		`Version 2 takes effect on <time datetime="2026-06-20">20 June 2026</time>, and includes changes that may affect you.`,
		`<a href="../../acme/privacy/v2/">Read version 2</a>`,
	} {
		if !strings.Contains(june, want) {
			t.Errorf("page in force on 2026-06-01 lacks %q", want)
		}
	}
	july := string(buildFixture(t, "site.txtar", "2026-07-01", false).Get("acme/privacy/index.html"))
	if strings.Contains(july, "This policy is changing.") {
		t.Error("page in force on 2026-07-01 still announces version 2, which took effect on 2026-06-20")
	}
}

// TestTemplateOverride: a site's own layout replaces the built-in one of
// the same name, and the others stay.
func TestTemplateOverride(t *testing.T) {
	s := loadFixture(t, "site.txtar")
	fsys := s.FS.(fstest.MapFS)
	fsys["layouts/404.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}<p>Nothing here, {{.Site.Config.Title}}.</p>{{end}}`)}
	var out Files
	theme := Theme{Site: fsys, Defaults: os.DirFS("../..")}
	if _, err := Build(s, &out, Options{Now: site.NewDate(2026, 7, 1), Theme: theme}); err != nil {
		t.Fatal(err)
	}
	if got := string(out.Get("404.html")); !strings.Contains(got, "<p>Nothing here, Acme policies.</p>") {
		t.Errorf("404.html does not use the site's layout:\n%s", got)
	}
	if got := string(out.Get("acme/privacy/index.html")); !strings.Contains(got, `class="toc"`) {
		t.Error("the built-in policy layout is gone")
	}
}

// TestTemplateError: a broken site layout is reported at its line.
func TestTemplateError(t *testing.T) {
	s := loadFixture(t, "site.txtar")
	fsys := s.FS.(fstest.MapFS)
	fsys["layouts/history.html"] = &fstest.MapFile{Data: []byte("{{define \"main\"}}\n<p>{{.Nope</p>\n{{end}}")}
	_, err := Build(s, &Files{}, Options{Now: site.NewDate(2026, 7, 1), Theme: Theme{Site: fsys, Defaults: os.DirFS("../..")}})
	if err == nil || !strings.HasPrefix(err.Error(), "layouts/history.html:2: ") {
		t.Fatalf("error = %v, want one at layouts/history.html:2", err)
	}
}
