package cli

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/site"
	"github.com/rogpeppe/go-internal/txtar"
)

// writeSite writes a txtar site into a new folder, with versions.sum.
func writeSite(t *testing.T, archive string) string {
	t.Helper()
	ar, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sums := site.Sums{}
	for _, f := range ar.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(f.Name, "versions/") {
			sums[f.Name] = site.Hash(f.Data)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "versions", "versions.sum"), sums.Format(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// snapshot is every file under dir and its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		out[p] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// run runs redline in-process with the clock at noon UTC on day.
func run(t *testing.T, day string, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	now, err := time.Parse("2006-01-02", day)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code = Main(args, Env{Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] },
		Now: func() time.Time { return now.Add(12 * time.Hour) }, Theme: os.DirFS("../..")})
	return code, out.String(), errb.String()
}

func TestReleaseDryRunWritesNothing(t *testing.T) {
	dir := writeSite(t, "testdata/release_all.txtar")
	before := snapshot(t, dir)
	code, out, errs := run(t, "2026-11-25", nil, "release", "--source", dir, "--all", "--effective", "2026-12-25", "--dry-run")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"would release acme/privacy version 2", "would release zeta/privacy version 2",
		"would release zeta/terms version 1", "Subject: Acme: our Privacy Policy changes on 25 December 2026", "dry run: nothing was written"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "zeta/cookies") {
		t.Errorf("zeta/cookies has no change but is in the plan:\n%s", out)
	}
	after := snapshot(t, dir)
	if len(after) != len(before) {
		t.Errorf("dry run changed the number of files: %d before, %d after", len(before), len(after))
	}
	for p, data := range before {
		if after[p] != data {
			t.Errorf("dry run changed %s", p)
		}
	}
}

// --all checks every release before writing any: one refusal (acme's
// material change with too little notice) and nothing is written.
func TestReleaseAllIsAllOrNothing(t *testing.T) {
	dir := writeSite(t, "testdata/release_all.txtar")
	before := snapshot(t, dir)
	code, _, errs := run(t, "2026-11-25", nil, "release", "--source", dir, "--all", "--effective", "today")
	if code != 1 || !strings.Contains(errs, "material change with 0 days' notice") || !strings.Contains(errs, "1 of 3 policies cannot be released; nothing was written") {
		t.Fatalf("exit %d, want 1 and a refusal:\n%s", code, errs)
	}
	if after := snapshot(t, dir); len(after) != len(before) {
		t.Fatalf("a refused --all wrote files")
	}
	code, out, errs := run(t, "2026-11-25", nil, "release", "--source", dir, "--all", "--effective", "2026-12-25")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, f := range []string{"versions/acme/privacy/v2.md", "versions/zeta/privacy/v2.md", "versions/zeta/terms/v1.md"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Errorf("--all did not write %s: %v\n%s", f, err, out)
			continue
		}
		if !bytes.Contains(data, []byte("published = 2026-11-25\neffective = 2026-12-25\n")) {
			t.Errorf("%s has the wrong dates:\n%s", f, data)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "versions/zeta/cookies/v2.md")); err == nil {
		t.Errorf("--all released zeta/cookies, which has no change")
	}
	code, out, _ = run(t, "2026-11-25", nil, "release", "--source", dir, "--all", "--effective", "today")
	if code != 0 || !strings.Contains(out, "nothing to release") {
		t.Errorf("a second --all: exit %d, %q", code, out)
	}
	if code, out, errs := run(t, "2026-11-25", nil, "check", "--source", dir); code != 0 {
		t.Errorf("check after --all: exit %d\n%s%s", code, out, errs)
	}
}

// --effective today is the clock's day; a minor change may take effect at once.
func TestReleaseEffectiveToday(t *testing.T) {
	dir := writeSite(t, "testdata/release_all.txtar")
	code, out, errs := run(t, "2026-11-30", nil, "release", "--source", dir, "zeta/privacy", "--effective", "today")
	if code != 0 || !strings.Contains(out, "effective 2026-11-30") {
		t.Fatalf("exit %d:\n%s%s", code, out, errs)
	}
}

// A fixed clock cannot publish in the past: --now and SOURCE_DATE_EPOCH
// may not be earlier than the machine's day, and a later --now is the
// publication day.
func TestReleaseNoBackdating(t *testing.T) {
	dir := writeSite(t, "testdata/release_all.txtar")
	code, _, errs := run(t, "2026-11-30", nil, "release", "--source", dir, "acme/privacy", "--effective", "2026-06-01", "--now", "2025-06-01")
	if code != 1 || !strings.Contains(errs, "cannot be backdated") {
		t.Errorf("--now in the past: exit %d\n%s", code, errs)
	}
	code, _, errs = run(t, "2026-11-30", map[string]string{"SOURCE_DATE_EPOCH": "1748779200"}, "release", "--source", dir, "acme/privacy", "--effective", "2026-06-01")
	if code != 1 || !strings.Contains(errs, "SOURCE_DATE_EPOCH (1748779200) says today is 2025-06-01, but it is 2026-11-30") {
		t.Errorf("SOURCE_DATE_EPOCH in the past: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "versions/acme/privacy/v2.md")); err == nil {
		t.Fatal("a backdated release was written")
	}
	code, out, errs := run(t, "2026-11-30", nil, "release", "--source", dir, "acme/privacy", "--effective", "2027-01-01", "--now", "2026-12-01")
	if code != 0 || !strings.Contains(out, "published 2026-12-01") {
		t.Errorf("--now later than the clock: exit %d\n%s%s", code, out, errs)
	}
}

// What release freezes into a version (materialChanges) and what its dry
// run shows are exactly the reasons diff shows, in the same order.
func TestReleaseFreezesWhatDiffShows(t *testing.T) {
	dir := writeSite(t, "testdata/release_all.txtar")
	code, out, errs := run(t, "2026-11-25", nil, "diff", "--source", dir, "--format", "json", "acme/privacy")
	if code != 0 {
		t.Fatalf("diff: exit %d %s", code, errs)
	}
	var d struct {
		Changes []struct {
			Material bool   `json:"material"`
			Reason   string `json:"reason"`
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range d.Changes {
		if c.Material {
			want = append(want, c.Reason)
		}
	}
	if len(want) == 0 {
		t.Fatal("the fixture has no material change")
	}
	_, plan, _ := run(t, "2026-11-25", nil, "release", "--source", dir, "acme/privacy", "--effective", "2026-12-25", "--dry-run")
	if code, out, errs := run(t, "2026-11-25", nil, "release", "--source", dir, "acme/privacy", "--effective", "2026-12-25"); code != 0 {
		t.Fatalf("release: exit %d %s%s", code, out, errs)
	}
	s, err := site.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	v := s.Brand("acme").Policy("privacy").Versions[1]
	got, _ := v.Params["materialChanges"].([]any)
	if len(got) != len(want) {
		t.Fatalf("materialChanges = %v, diff shows %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("materialChanges[%d] = %q, diff shows %q", i, got[i], want[i])
		}
		if !strings.Contains(plan, "MATERIAL (") || !strings.Contains(plan, want[i]) {
			t.Errorf("the dry run lacks %q:\n%s", want[i], plan)
		}
	}
}
