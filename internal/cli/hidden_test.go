package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMarkdownLeavesOutHidden: changes readers cannot see (an HTML
// comment, doubled spacing) are not counted as minor changes in the
// pull-request summary, as the redline page does not show them; a draft
// with nothing else says so.
func TestMarkdownLeavesOutHidden(t *testing.T) {
	dir := writeSite(t, "testdata/markdown.txtar")
	draft := filepath.Join(dir, "content", "zeta", "privacy.md")
	v1, err := os.ReadFile(filepath.Join(dir, "versions", "zeta", "privacy", "v1.md"))
	if err != nil {
		t.Fatal(err)
	}
	body := string(v1[strings.LastIndex(string(v1), "+++")+3:])
	hidden := strings.Replace(body, "write to us", "write  to us", 1) + "\n<!-- reviewed by legal -->\n"
	if err := os.WriteFile(draft, []byte("+++\ntitle = \"Privacy Policy\"\n+++\n"+hidden), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "2026-11-25", nil, "diff", "--source", dir, "--format", "markdown", "zeta/privacy")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "No change readers can see (2 only in spacing, comments or how tags are written)") {
		t.Errorf("summary of a draft whose changes are all hidden:\n%s", out)
	}
	if err := os.WriteFile(draft, []byte("+++\ntitle = \"Privacy Policy\"\n+++\n"+strings.Replace(hidden, "write", "Write", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = run(t, "2026-11-25", nil, "diff", "--source", dir, "--format", "markdown", "zeta/privacy")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "1 minor change;") {
		t.Errorf("want one minor change counted, the hidden one left out:\n%s", out)
	}
}

// TestCacheDirRefused: the cache writes folders of its own (one named
// versions/) and removes old entries, so it may not be the site, hold it,
// sit among its sources or inside the output; a folder of its own is fine.
func TestCacheDirRefused(t *testing.T) {
	dir := writeSite(t, "testdata/markdown.txtar")
	before, _ := os.ReadDir(filepath.Join(dir, "versions"))
	// A symbolic link to the site's versions/ is the site's versions/.
	link := filepath.Join(t.TempDir(), "cache")
	if err := os.Symlink(filepath.Join(dir, "versions"), link); err != nil {
		t.Skip(err)
	}
	for _, bad := range []string{dir, filepath.Dir(dir), filepath.Join(dir, "versions", "c"), filepath.Join(dir, "public", "c"), filepath.Join(dir, "public-drafts"), link} {
		code, _, errs := run(t, "2026-11-25", nil, "build", "--source", dir, "--cache-dir", bad)
		if code != 2 || !strings.Contains(errs, "--cache-dir") {
			t.Errorf("--cache-dir %s: exit %d, %s", bad, code, errs)
		}
	}
	if entries, err := os.ReadDir(filepath.Join(dir, "versions")); err != nil || len(entries) != len(before) {
		t.Errorf("versions/ holds %d entries after the refusals, %d before (%v)", len(entries), len(before), err)
	}
	code, _, errs := run(t, "2026-11-25", nil, "build", "--source", dir, "--cache-dir", filepath.Join(dir, ".redline-cache"))
	if code != 0 {
		t.Errorf("--cache-dir SITE/.redline-cache: exit %d: %s", code, errs)
	}
}
