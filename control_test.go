package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/cli"
	"github.com/redline-legal/redline/internal/term"
)

// TestDiffEscapesControls: two files given on the command line may hold
// anything; diff prints their control characters escaped, never raw, so
// that a text cannot clear the reviewer's screen, retitle the window or
// reorder the words shown.
func TestDiffEscapesControls(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.md")
	new := filepath.Join(dir, "new\x1b]0;pwned\x07.md")
	if err := os.WriteFile(old, []byte("## Retention\x1b[2J\n\nWe keep data for 30 days.\n\n## Sharing\n\nNever.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(new, []byte("## Retention\x1b[2J\n\nWe keep data for 90\x07 days\u009b2J and \u202eyllaer\u202c.\n\n## Sharing\n\nNever\x1b[8m, hidden.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sgr := regexp.MustCompile(`\x1b\[[0-9;]*m`) // diff's own colours
	for _, args := range [][]string{
		{"diff", "--color", "never", old, new},
		{"diff", "--color", "always", old, new},
		{"diff", old, filepath.Join(dir, "missing\x1b[2J.md")},
		{"diff", "--format", "json", old, new},
		{"diff", "--format", "html", old, new},
	} {
		var out, errOut bytes.Buffer
		code := cli.Main(args, cli.Env{Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" },
			Now: func() time.Time { return time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC) }, Theme: fs.FS(theme)})
		if code != 0 && code != 2 {
			t.Errorf("%q: exit %d", args, code)
		}
		if args[1] == "--format" && args[2] == "json" && !json.Valid(out.Bytes()) {
			t.Errorf("diff --format json prints invalid JSON:\n%s", out.String())
		}
		printed := out.String() + errOut.String()
		if args[1] == "--color" && args[2] == "always" {
			printed = sgr.ReplaceAllString(printed, "")
		}
		if i, r := term.Find(printed); i >= 0 {
			t.Errorf("%q prints %U raw:\n%s", args, r, printed)
		}
		if code == 0 && args[1] != "--format" && !strings.Contains(printed, `90\u0007 days\u009b2J and \u202eyllaer\u202c`) {
			t.Errorf("%q does not show the escaped text:\n%s", args, printed)
		}
	}
}
