package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiffYAMLFrontMatter: YAML front matter, as GitHub's policy repository
// writes it, renders nothing, so a redirect added to it is no change; a
// file that opens with a thematic break keeps its text.
func TestDiffYAMLFrontMatter(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	body := "# Privacy Statement\n\nWe share your data with our hosting provider.\n"
	old := write("old.md", "---\ntitle: Privacy Statement\nredirect_from:\n  - /privacy\n---\n\n"+body)
	new := write("new.md", "---\ntitle: Privacy Statement\nredirect_from:\n  - /privacy\n  - /privacy-statement\ntopics:\n  - Policy\n---\n\n"+body)
	code, out, errs := run(t, "2026-12-01", nil, "diff", "--format", "json", old, new)
	if code != 0 || !strings.Contains(out, `"material": false`) || !strings.Contains(out, `"changes": []`) {
		t.Errorf("front matter only: exit %d, %s%s", code, out, errs)
	}
	ruled := write("ruled.md", "---\nWe share your data with our hosting provider.\n---\n")
	plain := write("plain.md", "---\nWe share your data with our hosting provider and our advertisers.\n---\n")
	code, out, errs = run(t, "2026-12-01", nil, "diff", "--format", "json", ruled, plain)
	if code != 0 || !strings.Contains(out, `"material": true`) {
		t.Errorf("text between thematic breaks: exit %d, %s%s", code, out, errs)
	}
}
