package site

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/redline-legal/redline/internal/diag"
)

const testConfig = `title = "T"
baseURL = "https://p.example/legal"
timeZone = "Europe/London"

[brands.acme]
name = "Acme"
noticeDays = 45
`

func version(n int, published, effective string, material bool) string {
	return fmt.Sprintf("+++\ntitle = \"Privacy\"\nversion = %d\npublished = %s\neffective = %s\nsummary = \"v%d\"\nmaterial = %v\n+++\n\nText %d.\n",
		n, published, effective, n, material, n)
}

// testSite builds a MapFS from path/content pairs and records the sums.
func testSite(files ...string) fstest.MapFS {
	fsys := fstest.MapFS{ConfigFile: {Data: []byte(testConfig)}}
	sums := Sums{}
	for i := 0; i+1 < len(files); i += 2 {
		fsys[files[i]] = &fstest.MapFile{Data: []byte(files[i+1])}
		if strings.HasPrefix(files[i], "versions/") {
			sums[files[i]] = Hash([]byte(files[i+1]))
		}
	}
	fsys[SumFile] = &fstest.MapFile{Data: sums.Format()}
	return fsys
}

func TestLoadAndTime(t *testing.T) {
	fsys := testSite(
		"versions/acme/privacy/v1.md", version(1, "2026-01-01", "2026-01-15", false),
		"versions/acme/privacy/v2.md", version(2, "2026-02-01", "2026-03-20", true),
		"versions/acme/privacy/v10.md", "",
	)
	delete(fsys, "versions/acme/privacy/v10.md")
	fsys[SumFile].Data = Sums{
		"versions/acme/privacy/v1.md": Hash(fsys["versions/acme/privacy/v1.md"].Data),
		"versions/acme/privacy/v2.md": Hash(fsys["versions/acme/privacy/v2.md"].Data),
	}.Format()
	s, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Config.BaseURL; got != "https://p.example/legal/" {
		t.Errorf("BaseURL = %q, want a trailing slash added", got)
	}
	b := s.Brand("acme")
	if b == nil || b.NoticeDays != 45 || b.BaseURL != "https://p.example/legal/acme/" {
		t.Fatalf("brand = %+v", b)
	}
	p := b.Policy("privacy")
	for _, tc := range []struct {
		day               string
		inForce           int
		upcoming, visible int
	}{
		{"2025-12-31", 0, 0, 0},
		{"2026-01-01", 0, 1, 1}, // published, not yet in force
		{"2026-01-15", 1, 0, 1}, // effective on the day
		{"2026-02-01", 1, 1, 2},
		{"2026-03-19", 1, 1, 2},
		{"2026-03-20", 2, 0, 2},
	} {
		d, _ := ParseDate(tc.day)
		got := 0
		if v := p.InForce(d); v != nil {
			got = v.Number
		}
		if got != tc.inForce || len(p.Upcoming(d)) != tc.upcoming || len(p.PublishedBy(d)) != tc.visible {
			t.Errorf("%s: in force v%d, %d upcoming, %d visible; want v%d, %d, %d",
				tc.day, got, len(p.Upcoming(d)), len(p.PublishedBy(d)), tc.inForce, tc.upcoming, tc.visible)
		}
	}
}

// TestLoadReportsAll: several problems are reported together, sorted, each
// with its place, so a user fixes them in one pass.
func TestLoadReportsAll(t *testing.T) {
	fsys := testSite(
		"versions/acme/privacy/v1.md", version(1, "2026-01-01", "2026-01-15", false),
		"versions/acme/privacy/v2.md", version(2, "2026-02-01", "2026-02-10", true), // 9 days' notice
		"content/acme/terms.md", "+++\ntitle = 3\n+++\n",
		"content/zed/privacy.md", "+++\ntitle = \"x\"\n+++\n",
	)
	_, err := Load(fsys)
	list := diag.All(err)
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	want := []string{
		`content/zed: unknown brand "zed"`,
		`versions/acme/privacy/v2.md:5: material change with 9 days' notice; acme requires 45`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if list.Unsafe() {
		t.Error("a list with unreadable input is not only refusals")
	}
}

// TestBrokenDraft: a draft that cannot be read does not stop the site
// from loading; its errors are its policy's, for the commands that use it.
func TestBrokenDraft(t *testing.T) {
	s, err := Load(testSite(
		"versions/acme/privacy/v1.md", version(1, "2026-01-01", "2026-01-15", false),
		"content/acme/privacy.md", "+++\ntitle = \"Privacy\"\n\nNever closed.\n",
		"content/acme/terms.md", "+++\ntitle = 3\n+++\n",
	))
	if err != nil {
		t.Fatalf("a broken draft stopped the site: %v", err)
	}
	b := s.Brand("acme")
	for id, want := range map[string]string{
		"privacy": "content/acme/privacy.md:1: front matter opened with +++ is never closed",
		"terms":   "content/acme/terms.md:2: incompatible types: TOML value has type int64; destination has type string",
	} {
		p := b.Policy(id)
		if p == nil || p.Draft != nil || p.DraftErrors.Error() != want {
			t.Errorf("%s: %+v, want the error %q", id, p, want)
		}
	}
	if len(b.Policy("privacy").Versions) != 1 {
		t.Error("the policy lost its published version")
	}
}

// TestBlankUrgent: an urgent reason of spaces is no reason: a material
// version with short notice is still refused.
func TestBlankUrgent(t *testing.T) {
	v2 := strings.Replace(version(2, "2026-02-01", "2026-02-03", true), "material = true", "material = true\nurgent = \"  \"", 1)
	_, err := Load(testSite(
		"versions/acme/privacy/v1.md", version(1, "2026-01-01", "2026-01-15", false),
		"versions/acme/privacy/v2.md", v2))
	if err == nil || !strings.Contains(err.Error(), "material change with 2 days' notice") {
		t.Errorf("a blank urgent passed the notice check: %v", err)
	}
}

func TestUrgentPassesNotice(t *testing.T) {
	v2 := strings.Replace(version(2, "2026-02-01", "2026-02-03", true), "material = true", "material = true\nurgent = \"Court order of 30 January\"", 1)
	s, err := Load(testSite(
		"versions/acme/privacy/v1.md", version(1, "2026-01-01", "2026-01-15", false),
		"versions/acme/privacy/v2.md", v2))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Brand("acme").Policy("privacy").Versions[1].Urgent; got != "Court order of 30 January" {
		t.Errorf("Urgent = %q", got)
	}
}

func TestContrast(t *testing.T) {
	for _, tc := range []struct {
		color string
		min   float64
		max   float64
	}{
		{"#000000", 20.9, 21.1},
		{"#ffffff", 1, 1.01},
		{"#767676", 4.5, 4.6}, // the classic lightest AA grey on white
		{"#777777", 4.4, 4.49},
	} {
		if got := contrast(tc.color, "#ffffff"); got < tc.min || got > tc.max {
			t.Errorf("contrast(%s, white) = %.3f, want in [%v, %v]", tc.color, got, tc.min, tc.max)
		}
	}
}

func TestVersionNumber(t *testing.T) {
	for name, want := range map[string]int{"v1.md": 1, "v12.md": 12, "v0.md": 0, "v01.md": 0, "v1.txt": 0, "1.md": 0, "v.md": 0, "v-1.md": 0, "v1a.md": 0} {
		if got := versionNumber(name); got != want {
			t.Errorf("versionNumber(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestSumsFormatOrder(t *testing.T) {
	s := Sums{"versions/a/p/v10.md": "sha256:b", "versions/a/p/v9.md": "sha256:a", "versions/a/o/v1.md": "sha256:c"}
	want := "versions/a/o/v1.md sha256:c\nversions/a/p/v9.md sha256:a\nversions/a/p/v10.md sha256:b\n"
	if got := string(s.Format()); got != want {
		t.Errorf("Format:\n%s\nwant:\n%s", got, want)
	}
}

func FuzzLoadVersion(f *testing.F) {
	f.Add([]byte(version(1, "2026-01-01", "2026-01-15", false)))
	f.Add([]byte("+++\nversion = \"x\"\n+++"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := testSite()
		fsys["versions/acme/privacy/v1.md"] = &fstest.MapFile{Data: data}
		fsys[SumFile] = &fstest.MapFile{Data: Sums{"versions/acme/privacy/v1.md": Hash(data)}.Format()}
		s, err := Load(fsys)
		if err == nil && s == nil {
			t.Fatal("no site and no error")
		}
		for _, e := range diag.All(err) {
			if e.File == "" || e.Msg == "" {
				t.Fatalf("error without a place or message: %#v", e)
			}
		}
	})
}

// TestImportedVersionNotice: a material version imported from the policy's
// past keeps the dates it had, however short its notice; the same version
// released here would be refused.
func TestImportedVersionNotice(t *testing.T) {
	imported := strings.Replace(version(2, "2024-02-01", "2024-02-01", true), "material = true\n",
		"material = true\nimported = true\n\n[source]\nrepository = \"https://git.example/policies\"\npath = \"privacy.md\"\ncommit = \"0123abc\"\n", 1)
	s, err := Load(testSite(
		"versions/acme/privacy/v1.md", version(1, "2024-01-01", "2024-01-01", false),
		"versions/acme/privacy/v2.md", imported,
	))
	if err != nil {
		t.Fatal(err)
	}
	v := s.Brand("acme").Policy("privacy").Versions[1]
	if !v.Imported || v.Source.Commit != "0123abc" || v.Source.Path != "privacy.md" || v.Params != nil {
		t.Errorf("imported version = %+v, %+v, params %v", v.Imported, v.Source, v.Params)
	}
	noSource := strings.Replace(version(2, "2024-02-01", "2024-02-01", true), "material = true\n", "material = true\nimported = true\n", 1)
	_, err = Load(testSite(
		"versions/acme/privacy/v1.md", version(1, "2024-01-01", "2024-01-01", false),
		"versions/acme/privacy/v2.md", noSource,
	))
	if err == nil || !strings.Contains(err.Error(), "v2.md:8: imported = true, but no [source] says where the version came from") {
		t.Errorf("imported without a source: err = %v", err)
	}
	_, err = Load(testSite(
		"versions/acme/privacy/v1.md", version(1, "2024-01-01", "2024-01-01", false),
		"versions/acme/privacy/v2.md", version(2, "2024-02-01", "2024-02-01", true),
	))
	if err == nil || !strings.Contains(err.Error(), "material change with 0 days' notice") {
		t.Errorf("released with no notice: err = %v", err)
	}
}
