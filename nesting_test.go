package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/cli"
)

// TestDeepNesting: goldmark's time grows with the square of how deep quotes
// and lists nest (200,000 ">" took 11 s to build, a list nested 3,000 deep
// 24 s and 641 MB). Beyond markdown.MaxNesting levels a text is refused at
// its line, before it is parsed.
func TestDeepNesting(t *testing.T) {
	dir := t.TempDir()
	var list strings.Builder
	for i := 0; i < 3000; i++ {
		list.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	files := map[string]string{
		"quotes.md": "# Privacy\n\n" + strings.Repeat(">", 200000) + "\n",
		"list.md":   "+++\ntitle = \"x\"\n+++\n" + list.String(),
		"ok.md":     "# Privacy\n\n" + strings.Repeat("> ", 100) + "quoted\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) (int, string) {
		var out, errOut bytes.Buffer
		code := cli.Main(args, cli.Env{Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" },
			Now: func() time.Time { return time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC) }, Theme: fs.FS(theme)})
		return code, errOut.String()
	}
	ok := filepath.Join(dir, "ok.md")
	for _, tc := range []struct{ file, want string }{
		{"quotes.md", "quotes.md:3: quotes or lists nested 200000 levels deep; redline reads at most 100"},
		{"list.md", "list.md:104: quotes or lists nested 101 levels deep; redline reads at most 100"},
	} {
		code, stderr := run("diff", ok, filepath.Join(dir, tc.file))
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("diff ok.md %s: exit %d, %q; want exit 2 and %q", tc.file, code, stderr, tc.want)
		}
	}
	if code, stderr := run("diff", ok, ok); code != 0 {
		t.Errorf("100 levels of quotes refused: exit %d %s", code, stderr)
	}
}
