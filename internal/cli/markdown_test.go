package cli

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s; run go test ./internal/cli -update and review the diff.\ngot:\n%s", file, got)
	}
}

// TestDiffMarkdown: the pull-request summary of every draft that differs,
// on a site with material and minor changes, is stable (golden file).
func TestDiffMarkdown(t *testing.T) {
	dir := writeSite(t, "testdata/markdown.txtar")
	code, out, errs := run(t, "2026-11-25", nil, "diff", "--source", dir, "--format", "markdown", "--preview-url", "https://pr-7.preview.example/")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	golden(t, "markdown_all.md", out)
	for _, bad := range []string{"<b>", "<script>", "@jane", "](https://evil", " | logs", " `rm"} {
		if strings.Contains(out, bad) {
			t.Errorf("policy text %q reached the comment unescaped", bad)
		}
	}
	code, out, errs = run(t, "2026-11-25", nil, "diff", "--source", dir, "--format", "markdown", "acme/privacy")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	golden(t, "markdown_one.md", out)
}

func TestDiffMarkdownUsage(t *testing.T) {
	dir := writeSite(t, "testdata/markdown.txtar")
	for _, bad := range []string{"ftp://x", "preview.example.com", "https://x/a b"} {
		code, _, errs := run(t, "2026-11-25", nil, "diff", "--source", dir, "--format", "markdown", "--preview-url", bad)
		if code != 2 || !strings.Contains(errs, "--preview-url") {
			t.Errorf("--preview-url %q: exit %d, %s; want 2 naming the flag", bad, code, errs)
		}
	}
}

// TestDiffMarkdownLimit: a draft with thousands of material changes gives
// a comment GitHub accepts, that says how many changes it left out.
func TestDiffMarkdownLimit(t *testing.T) {
	var old, new strings.Builder
	const n = 3000
	for i := 0; i < n; i++ {
		fmt.Fprintf(&old, "## Retention of record %d | `x`\n\nWe keep record %d for %d days.\n\n", i, i, 30+i)
		fmt.Fprintf(&new, "## Retention of record %d | `x`\n\nWe keep record %d for %d days.\n\n", i, i, 60+i)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "old.md"), filepath.Join(dir, "new.md")
	os.WriteFile(a, []byte(old.String()), 0o644)
	os.WriteFile(b, []byte(new.String()), 0o644)
	code, out, errs := run(t, "2026-11-25", nil, "diff", "--format", "markdown", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if len(out) > commentLimit {
		t.Fatalf("summary is %d bytes, more than GitHub's %d", len(out), commentLimit)
	}
	shown := strings.Count(out, "\n- **§")
	var left int
	if i := strings.Index(out, "- … and "); i < 0 {
		t.Fatalf("no count of the changes left out:\n%s", out[len(out)-500:])
	} else if _, err := fmt.Sscanf(out[i:], "- … and %d more", &left); err != nil {
		t.Fatal(err)
	}
	if shown == 0 || shown+left != n {
		t.Errorf("%d changes shown + %d left out, want %d in all", shown, left, n)
	}
}

// TestReleaseStatusMarkdown: release --dry-run and status give the same
// kind of summary; release refuses --format markdown without --dry-run.
func TestReleaseStatusMarkdown(t *testing.T) {
	dir := writeSite(t, "testdata/markdown.txtar")
	before := snapshot(t, dir)
	code, out, errs := run(t, "2026-11-25", nil, "release", "--source", dir, "--all", "--effective", "2027-01-04", "--dry-run", "--format", "markdown")
	if code != 0 {
		t.Fatalf("release: exit %d: %s", code, errs)
	}
	golden(t, "markdown_release.md", out)
	code, out, errs = run(t, "2026-11-25", nil, "status", "--source", dir, "--format", "markdown")
	if code != 0 {
		t.Fatalf("status: exit %d: %s", code, errs)
	}
	golden(t, "markdown_status.md", out)
	code, _, errs = run(t, "2026-11-25", nil, "release", "--source", dir, "--all", "--effective", "2027-01-04", "--format", "markdown")
	if code != 2 || !strings.Contains(errs, "--dry-run") {
		t.Errorf("release --format markdown without --dry-run: exit %d, %s; want 2", code, errs)
	}
	if after := snapshot(t, dir); len(after) != len(before) {
		t.Errorf("files written: %d before, %d after", len(before), len(after))
	}
}

// TestMarkdownManyPolicies: a site with more policies than a comment can
// hold lists what fits and counts the policies left out.
func TestMarkdownManyPolicies(t *testing.T) {
	var secs []mdSection
	const n = 2000
	for i := 0; i < n; i++ {
		secs = append(secs, mdSection{Key: fmt.Sprintf("brand-%d/privacy", i),
			Notes: []string{strings.Repeat("New policy | `x` ", 10)}})
	}
	var b strings.Builder
	if err := writeMarkdown(&b, "Policy changes", secs, commentLimit); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	shown := strings.Count(out, "\n### ")
	var left int
	if i := strings.Index(out, "\n… "); i < 0 {
		t.Fatalf("no count of the policies left out")
	} else if _, err := fmt.Sscanf(out[i:], "\n… %d more policies", &left); err != nil {
		t.Fatal(err)
	}
	if len(out) > commentLimit || shown == 0 || shown+left != n {
		t.Errorf("%d bytes, %d policies shown + %d left out; want at most %d bytes and %d in all", len(out), shown, left, commentLimit, n)
	}
}

// TestDiffMarkdownBrokenDraft: a draft that cannot be read is named in the
// summary, with what is wrong, and does not hide the other policies.
func TestDiffMarkdownBrokenDraft(t *testing.T) {
	dir := writeSite(t, "testdata/markdown.txtar")
	if err := os.WriteFile(filepath.Join(dir, "content/zeta/cookies.md"), []byte("+++\ntitle = \"Cookie Policy\"\n\nWe use no cookies.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "2026-11-25", nil, "diff", "--source", dir, "--format", "markdown")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "### zeta/cookies\n\nThe draft cannot be read: content/zeta/cookies.md") {
		t.Errorf("the broken draft is not named in the summary:\n%s", out)
	}
	if !strings.Contains(out, "### acme/privacy") || !strings.Contains(errs, "content/zeta/cookies.md") {
		t.Errorf("the other policies must still be summarised and the error warned:\n%s\nstderr: %s", out, errs)
	}
}

func TestPreviewURLNeedsMarkdown(t *testing.T) {
	code, _, errs := run(t, "2026-11-25", nil, "diff", "--preview-url", "https://x.example/", "a.md", "b.md")
	if code != 2 || !strings.Contains(errs, "--format markdown") {
		t.Errorf("diff --preview-url without --format markdown: exit %d, %s; want 2", code, errs)
	}
}
