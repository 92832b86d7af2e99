package history

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/site"
)

const config = `title = "T"
baseURL = "https://p.example/"
timeZone = "Europe/London"

[brands.acme]
name = "Acme"
`

const (
	text1 = "# Privacy Policy\n\n## Retention\n\nWe keep logs for 30 days.\n\n## Contact\n\nWrite to us.\n"
	text2 = "# Privacy Policy\n\n## Retention\n\nWe keep logs for 90 days.\n\n## Contact\n\nWrite to us.\n"
	text3 = "# Privacy Policy\n\n## Retention\n\nWe keep logs for 90 days.\n\n## Contact\n\nWrite to us at privacy@acme.example.\n"
)

// newSite writes a site folder with config.toml and the given files.
func newSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	files["config.toml"] = config
	for name, data := range files {
		writeFile(t, filepath.Join(root, name), data)
	}
	return root
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// load loads the site at root and returns it with its policy acme/privacy,
// new if it has none yet.
func load(t *testing.T, root string) (*site.Site, *site.Policy) {
	t.Helper()
	s, err := site.Load(os.DirFS(root))
	if err != nil {
		t.Fatalf("the site does not load: %v", err)
	}
	b := s.Brand("acme")
	if p := b.Policy("privacy"); p != nil {
		return s, p
	}
	return s, &site.Policy{Brand: b, ID: "privacy"}
}

// run imports src into the site at root and commits it.
func run(t *testing.T, root string, src Source, opt Options) *Result {
	t.Helper()
	s, p := load(t, root)
	pub := site.NewPublication(root)
	defer pub.Discard()
	res, err := Import(material.Builtin(), p, src, opt, pub)
	if err != nil {
		t.Fatal(err)
	}
	if err := pub.Commit(); err != nil {
		t.Fatal(err)
	}
	_ = s
	return res
}

// repo is a git repository made in a test, with commits at fixed dates.
type repo struct {
	t   *testing.T
	dir string
}

func newRepo(t *testing.T) *repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	r := &repo{t: t, dir: t.TempDir()}
	r.git("", "init", "-q")
	return r
}

func (r *repo) git(date string, args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", append([]string{"-C", r.dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=Jane", "GIT_AUTHOR_EMAIL=jane@example.com", "GIT_COMMITTER_NAME=Jane", "GIT_COMMITTER_EMAIL=jane@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func (r *repo) write(name, data string) { writeFile(r.t, filepath.Join(r.dir, name), data) }

func (r *repo) commit(date, msg string) string {
	r.git(date, "add", "-A")
	r.git(date, "commit", "-q", "--allow-empty-message", "-m", msg)
	return r.git(date, "rev-parse", "HEAD")
}

func openGit(t *testing.T, r *repo, path string) *Git {
	t.Helper()
	g, err := OpenGit(r.dir, path, mustLoc(t))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestImportGit: every commit that changed the file, following its rename,
// becomes a version dated by the commit in the site's time zone; commits
// that did not change its text are skipped; the verdicts are kept; the
// site loads (check passes) with the material version's short notice.
func TestImportGit(t *testing.T) {
	r := newRepo(t)
	r.write("privacy.md", text1)
	c1 := r.commit("2024-01-10T12:00:00Z", "First policy\n\nThe text the lawyers approved.")
	r.write("README.md", "Our policies.\n")
	r.commit("2024-01-20T12:00:00Z", "A readme, which does not touch the policy")
	r.git("", "mv", "privacy.md", "privacy-policy.md")
	r.commit("2024-02-01T12:00:00Z", "Rename the policy, text unchanged")
	r.write("privacy-policy.md", text2)
	// 23:30 UTC on 31 March is 00:30 on 1 April in London (summer time).
	c2 := r.commit("2024-03-31T23:30:00Z", "  Keep logs\tlonger  \n\nBecause.")

	root := newSite(t, map[string]string{})
	res := run(t, root, openGit(t, r, "privacy-policy.md"), Options{})
	if len(res.Versions) != 2 || res.Unchanged != 1 || res.Draft != "content/acme/privacy.md" {
		t.Fatalf("result = %+v", res)
	}
	_, p := load(t, root)
	if len(p.Versions) != 2 {
		t.Fatalf("%d versions in the site", len(p.Versions))
	}
	v1, v2 := p.Versions[0], p.Versions[1]
	for _, c := range []struct {
		name, got, want string
	}{
		{"v1 published", v1.Published.String(), "2024-01-10"},
		{"v1 summary", v1.Summary, "First policy"},
		{"v1 title", v1.Title, "Privacy Policy"},
		{"v1 path", v1.Source.Path, "privacy.md"},
		{"v1 commit", v1.Source.Commit, c1},
		{"v2 published", v2.Published.String(), "2024-04-01"},
		{"v2 effective", v2.Effective.String(), "2024-04-01"},
		{"v2 summary", v2.Summary, "Keep logs longer"},
		{"v2 path", v2.Source.Path, "privacy-policy.md"},
		{"v2 commit", v2.Source.Commit, c2},
		{"v2 body", string(v2.Body), "\n" + text2},
		{"draft", string(p.Draft.Body), "\n" + text2},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !v1.Imported || !v2.Imported || v1.Material || !v2.Material {
		t.Errorf("imported %v %v, material %v %v; want both imported, v2 material", v1.Imported, v2.Imported, v1.Material, v2.Material)
	}
	if v2.Source.Repository != r.dir {
		t.Errorf("repository = %q, want %q (no remote)", v2.Source.Repository, r.dir)
	}
	data, _ := os.ReadFile(filepath.Join(root, "versions/acme/privacy/v2.md"))
	if !strings.Contains(string(data), "materialChanges = [\n  \"Retention and deletion: 30 days changed to 90 days\",\n]\n") {
		t.Errorf("v2.md does not keep the verdict:\n%s", data)
	}
}

// TestImportGitAgain: run again, an import adds only the commits made since
// the one it last imported, and then nothing.
func TestImportGitAgain(t *testing.T) {
	r := newRepo(t)
	r.write("privacy.md", text1)
	r.commit("2024-01-10T12:00:00Z", "First")
	root := newSite(t, map[string]string{})
	if res := run(t, root, openGit(t, r, "privacy.md"), Options{}); len(res.Versions) != 1 {
		t.Fatalf("first run imported %d versions", len(res.Versions))
	}
	r.write("privacy.md", text2)
	r.commit("2024-02-10T12:00:00Z", "Second")
	r.write("privacy.md", text3)
	c3 := r.commit("2024-03-10T12:00:00Z", "Third")
	res := run(t, root, openGit(t, r, "privacy.md"), Options{})
	// The draft the first run wrote was not edited: it follows (the
	// command writes DraftText once the versions are in place).
	if len(res.Versions) != 2 || res.Versions[0].Number != 2 || !res.DraftReplaced || res.StaleDraft != nil ||
		!strings.Contains(string(res.DraftText), strings.TrimSpace(text3)) {
		t.Fatalf("second run = %+v; want versions 2 and 3, and the draft to follow", res)
	}
	if res := run(t, root, openGit(t, r, "privacy.md"), Options{}); len(res.Versions) != 0 {
		t.Fatalf("third run imported %+v", res.Versions)
	}
	_, p := load(t, root)
	if len(p.Versions) != 3 || p.Versions[2].Source.Commit != c3 {
		t.Errorf("the site has %d versions", len(p.Versions))
	}
	// A repository without that commit: refused, not imported twice.
	other := newRepo(t)
	other.write("privacy.md", text1)
	other.commit("2024-01-10T12:00:00Z", "First")
	_, p = load(t, root)
	_, err := Import(material.Builtin(), p, openGit(t, other, "privacy.md"), Options{}, site.NewPublication(root))
	if err == nil || !strings.Contains(err.Error(), "the newest imported version came from commit "+c3[:12]+", which is not in the history of privacy.md") {
		t.Errorf("import from another repository: %v", err)
	}
}

func TestImportGitSince(t *testing.T) {
	r := newRepo(t)
	r.write("privacy.md", text1)
	r.commit("2024-01-10T12:00:00Z", "First")
	r.write("privacy.md", text2)
	r.commit("2024-02-10T12:00:00Z", "Second")
	root := newSite(t, map[string]string{})
	since, _ := site.ParseDate("2024-02-01")
	res := run(t, root, openGit(t, r, "privacy.md"), Options{Since: since})
	if len(res.Versions) != 1 || res.Before != 1 || res.Versions[0].Summary != "Second" || res.Versions[0].Material {
		t.Errorf("result = %+v; want only the second, as version 1", res)
	}
}

func TestOpenGitErrors(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	if _, err := OpenGit(dir, "privacy.md", mustLoc(t)); err == nil || !strings.Contains(err.Error(), "is not a git repository") {
		t.Errorf("a plain folder: %v", err)
	}
	if _, err := OpenGit(filepath.Join(dir, "nope"), "privacy.md", mustLoc(t)); err == nil || !strings.Contains(err.Error(), "cannot open the repository") {
		t.Errorf("a missing folder: %v", err)
	}
	r := newRepo(t)
	r.write("a.md", "x\n")
	r.commit("2024-01-10T12:00:00Z", "a")
	g := openGit(t, r, "missing.md")
	for _, err := range g.Texts(nil) {
		if err == nil || !strings.Contains(err.Error(), "missing.md has no history in") {
			t.Errorf("a file git never saw: %v", err)
		}
		break
	}
	r.write("legal/b.md", "y\n")
	r.commit("2024-01-11T12:00:00Z", "b")
	for _, err := range openGit(t, r, "legal").Texts(nil) {
		if err == nil || !strings.Contains(err.Error(), "legal is a folder in") {
			t.Errorf("--path naming a folder: %v", err)
		}
		break
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := OpenGit(r.dir, "a.md", mustLoc(t)); err == nil || !strings.Contains(err.Error(), "cannot run git") {
		t.Errorf("without git: %v", err)
	}
}

// TestImportFolder: files named by date, or dated by their YAML front
// matter, become versions in date order; the front matter is not text.
func TestImportFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "2024-03-05-privacy.md"), "---\ntitle: \"Privacy Policy\"\neffective: 2024-04-05\ntags:\n  - legal\n---\n"+text2)
	writeFile(t, filepath.Join(dir, "2024-01-10.md"), text1)
	writeFile(t, filepath.Join(dir, "old.md"), "+++\ntitle = \"Privacy Policy\"\ndate = 2023-12-01T09:00:00Z\n+++\n"+text1)
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a version")
	root := newSite(t, map[string]string{})
	f, err := OpenFolder(dir, mustLoc(t))
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, root, f, Options{})
	if len(res.Versions) != 2 || res.Unchanged != 1 {
		t.Fatalf("result = %+v; want old.md and the March file, 2024-01-10.md unchanged", res)
	}
	_, p := load(t, root)
	v1, v2 := p.Versions[0], p.Versions[1]
	if v1.Source.Path != "old.md" || v1.Published.String() != "2023-12-01" || v1.Title != "Privacy Policy" {
		t.Errorf("v1 = %s %s %q", v1.Source.Path, v1.Published, v1.Title)
	}
	if v2.Published.String() != "2024-03-05" || v2.Effective.String() != "2024-04-05" || string(v2.Body) != "\n"+text2 || !v2.Material {
		t.Errorf("v2 = %s %s material %v %q", v2.Published, v2.Effective, v2.Material, v2.Body)
	}
	if !strings.HasPrefix(v2.Summary, "Material changes: Retention and deletion") {
		t.Errorf("v2 summary = %q, want one made from the changes", v2.Summary)
	}
}

// TestImportFolderErrors: a file that cannot be used is named, and a failed
// import stages nothing that could be committed.
func TestImportFolderErrors(t *testing.T) {
	for _, tc := range []struct{ name, file, data, want string }{
		{"undated", "privacy.md", text1, "privacy.md: no date"},
		{"unclosed", "2024-01-10.md", "---\ntitle: x\n", "2024-01-10.md:1: front matter opened with --- is never closed"},
		{"bad date", "2024-01-10.md", "---\ndate: 10/01/2024\n---\n", `2024-01-10.md:1: front matter: date: "10/01/2024" is not a date`},
		{"not UTF-8", "2024-02-10.md", "caf\xe9\n", "2024-02-10.md:1"},
		{"escape sequence", "2024-02-10.md", "---\ntitle: x\n---\n# Privacy\n\nWe keep \x1b]0;pwned\x07logs.\n", "2024-02-10.md:6:9: control character U+001B (ESC)"},
		{"bidi override", "2024-02-10.md", "# Privacy\n\nWe keep logs for \u202e90\u202c days.\n", "2024-02-10.md:3:18: control character"},
		{"nested too deep", "2024-02-10.md", "+++\ntitle = \"x\"\n+++\n# Privacy\n\n" + strings.Repeat(">", 150) + " deep\n", "2024-02-10.md:6: quotes or lists nested"},
		{"backwards", "2024-02-10.md", "---\neffective: 2023-01-01\n---\n" + text2, "before version 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "2024-01-01.md"), text1)
			writeFile(t, filepath.Join(dir, tc.file), tc.data)
			root := newSite(t, map[string]string{})
			f, err := OpenFolder(dir, mustLoc(t))
			if err == nil {
				_, p := load(t, root)
				pub := site.NewPublication(root)
				_, err = Import(material.Builtin(), p, f, Options{}, pub)
				pub.Discard()
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), dir) {
				t.Errorf("the error does not name the file with its folder: %v", err)
			}
			entries, _ := os.ReadDir(root)
			if len(entries) != 1 {
				t.Errorf("the site holds %d entries after a failed import; want config.toml alone", len(entries))
			}
		})
	}
}

func mustLoc(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone database")
	}
	return loc
}

// TestImportGitDates: a commit dated before its parent (as a rebase leaves
// it) takes its parent's date; a history older than a version the site
// already had is refused, with --since as the way out.
func TestImportGitDates(t *testing.T) {
	r := newRepo(t)
	r.write("privacy.md", text1)
	r.commit("2024-02-10T12:00:00Z", "First")
	r.write("privacy.md", text2)
	r.commit("2024-01-05T12:00:00Z", "Second, dated earlier")
	root := newSite(t, map[string]string{})
	res := run(t, root, openGit(t, r, "privacy.md"), Options{})
	if len(res.Versions) != 2 || res.Versions[1].Published.String() != "2024-02-10" {
		t.Fatalf("versions = %+v; want the second dated as the first", res.Versions)
	}

	released := "+++\ntitle = \"Privacy\"\nversion = 1\npublished = 2024-01-20\neffective = 2024-01-20\nsummary = \"s\"\nmaterial = false\n+++\n\n" + text1
	root = newSite(t, map[string]string{
		"versions/acme/privacy/v1.md": released,
		"versions/versions.sum":       "versions/acme/privacy/v1.md " + site.Hash([]byte(released)) + "\n",
	})
	_, p := load(t, root)
	_, err := Import(material.Builtin(), p, openGit(t, r, "privacy.md"), Options{}, site.NewPublication(root))
	if err == nil || !strings.Contains(err.Error(), "published 2024-01-05, effective 2024-01-05: before version 1") {
		t.Fatalf("err = %v", err)
	}
	if e := diagOf(err); e == nil || !strings.Contains(e.Hint, "--since 2024-01-20") {
		t.Errorf("hint = %+v", e)
	}
}

func diagOf(err error) *diag.Error {
	if l := diag.All(err); len(l) > 0 {
		return l[0]
	}
	return nil
}

// TestImportNotTheFuture: the notice period is waived for the past only; a
// text that takes effect after today is refused, and nothing is staged
// for commit.
func TestImportNotTheFuture(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "2024-01-10.md"), text1)
	writeFile(t, filepath.Join(dir, "2026-11-20.md"), "---\neffective: 2026-12-24\n---\n"+text2)
	root := newSite(t, map[string]string{})
	f, err := OpenFolder(dir, mustLoc(t))
	if err != nil {
		t.Fatal(err)
	}
	_, p := load(t, root)
	today, _ := site.ParseDate("2026-12-01")
	_, err = Import(material.Builtin(), p, f, Options{Today: today}, site.NewPublication(root))
	if err == nil || !strings.Contains(err.Error(), "2026-11-20.md: takes effect 2026-12-24, after today (2026-12-01)") {
		t.Fatalf("err = %v", err)
	}
	if e := diagOf(err); e == nil || !e.Unsafe {
		t.Errorf("not a refusal (exit 1): %+v", e)
	} else if !strings.Contains(e.Hint, "--until 2026-11-19") {
		t.Errorf("the hint does not give the --until that imports the past: %q", e.Hint)
	}
	// As the hint says: the past comes in, the text after it is left.
	until, _ := site.ParseDate("2026-11-19")
	res := run(t, root, f, Options{Today: today, Until: until})
	if len(res.Versions) != 1 || res.After != 1 || res.Versions[0].Published.String() != "2024-01-10" {
		t.Errorf("with --until: %+v; want version 1 of 2024-01-10 and one text skipped", res)
	}
}

// TestImportGitLatin1Message: a commit message in another encoding makes a
// summary the site can still read.
func TestImportGitLatin1Message(t *testing.T) {
	r := newRepo(t)
	r.write("privacy.md", text1)
	r.commit("2024-01-10T12:00:00Z", "Politique de confidentialit\xe9")
	root := newSite(t, map[string]string{})
	run(t, root, openGit(t, r, "privacy.md"), Options{})
	_, p := load(t, root) // fails the test if v1.md is not UTF-8
	if got := p.Versions[0].Summary; !utf8.ValidString(got) || !strings.HasPrefix(got, "Politique de confidentialit") {
		t.Errorf("summary = %q", got)
	}
}

// TestImportRealHistory imports four recorded versions of a page saved
// from a website: a change of list spacing only is minor, nested lists
// re-indented with the same words and the page's title dropped (v3) are
// minor, a new power to deny participation (v4) is material, and the
// site loads.
func TestImportRealHistory(t *testing.T) {
	f, err := OpenFolder("testdata/kick", mustLoc(t))
	if err != nil {
		t.Fatal(err)
	}
	root := newSite(t, map[string]string{})
	res := run(t, root, f, Options{})
	var got []string
	for _, v := range res.Versions {
		got = append(got, fmt.Sprintf("v%d %s material=%v", v.Number, v.Published, v.Material))
	}
	want := []string{"v1 2025-08-21 material=false", "v2 2025-09-23 material=false", "v3 2026-05-18 material=false", "v4 2026-05-20 material=true"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("versions:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	_, p := load(t, root)
	// 58 changes of spacing, of which 39 render the same and are not
	// counted: readers cannot see them.
	if v := p.Versions[1]; v.Summary != "19 minor changes." {
		t.Errorf("v2 summary = %q, want only spacing changes", v.Summary)
	}
	if v := p.Versions[3]; !strings.Contains(v.Summary, "'terminate the Streamer’s' → 'terminate or deny the Streamer’s'") {
		t.Errorf("v4 summary = %q", v.Summary)
	}
	if v := p.Versions[0]; v.Title != "Kick Partner Program (KPP) - Terms and Conditions" {
		t.Errorf("title = %q, want the page's setext heading", v.Title)
	}
}

// TestImportGitRemote: a version records the repository's remote, never a
// token or password the remote's URL carries.
func TestImportGitRemote(t *testing.T) {
	r := newRepo(t)
	r.write("privacy.md", text1)
	r.commit("2024-01-10T12:00:00Z", "First")
	r.git("", "remote", "add", "origin", "https://jane:s3cret-token@git.example/acme/policies.git")
	root := newSite(t, map[string]string{})
	run(t, root, openGit(t, r, "privacy.md"), Options{})
	data, err := os.ReadFile(filepath.Join(root, "versions/acme/privacy/v1.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "repository = \"https://git.example/acme/policies.git\"\n") || strings.Contains(string(data), "s3cret") {
		t.Errorf("v1.md:\n%s", data)
	}
}

// TestImportGitControlCharacter: a commit whose text holds a control
// character is refused with the commit and the line, and nothing is
// imported: published, it could never be corrected and the site would not
// load.
func TestImportGitControlCharacter(t *testing.T) {
	r := newRepo(t)
	r.write("privacy.md", text1)
	r.commit("2024-01-10T09:00:00Z", "First")
	r.write("privacy.md", strings.Replace(text2, "90 days", "90\x1b[2J days", 1))
	r.commit("2024-04-01T09:00:00Z", "Longer")
	root := newSite(t, map[string]string{})
	_, p := load(t, root)
	pub := site.NewPublication(root)
	_, err := Import(material.Builtin(), p, openGit(t, r, "privacy.md"), Options{}, pub)
	pub.Discard()
	if err == nil || !strings.Contains(err.Error(), ":5:20: control character U+001B (ESC)") || !strings.Contains(err.Error(), "(commit ") {
		t.Fatalf("err = %v, want the commit's line and column named", err)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 1 {
		t.Errorf("the site holds %d entries after a refused import; want config.toml alone", len(entries))
	}
}
