package build

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
)

// TestRedlineUnseen: on a redline page, changes readers cannot see (an
// HTML comment, spacing) are not listed nor marked; a footnote counts them.
func TestRedlineUnseen(t *testing.T) {
	old := "# P\n\n<!-- markdownlint-disable MD013 -->\n\nWe  collect your name.\n\nWe keep data for 30 days.\n"
	new := "# P\n\nWe collect your name.\n\nWe keep data for 90 days.\n"
	r := redline.Diff([]byte(old), []byte(new))
	rep := material.Classify(r, material.Builtin())
	rl := NewRedline(r, rep, "Version 1", "Version 2")
	if len(rl.Changes) != 1 || rl.Unseen != 2 {
		t.Fatalf("listed %d changes, %d unseen; want 1 and 2: %+v", len(rl.Changes), rl.Unseen, rl.Changes)
	}
	list := string(rl.ChangeList())
	if !strings.Contains(list, "2 changes readers do not see are not listed") {
		t.Errorf("no footnote in the summary:\n%s", list)
	}
	for _, html := range []string{string(rl.Inline), string(rl.SideBySide)} {
		if strings.Contains(html, "markdownlint") || strings.Count(html, "<del") != 1 {
			t.Errorf("an unseen change is marked on the page:\n%s", html)
		}
	}
}
