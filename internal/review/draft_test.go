package review

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/site"
)

func TestCleanDraft(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		used           []int
		changed, ok    bool
	}{
		{name: "summary and used override go, the rest stays byte for byte",
			in:   "+++\ntitle = \"P\"   # the title\nsummary = \"First published version.\"\nowner = 'legal'\n\n[[override]]\nchange = \"c-1\"\nmaterial = false\nby = \"J\"\nreason = \"R\"\n\n[[override]]\nchange = \"c-2\"\nmaterial = false\nby = \"J\"\nreason = \"R\"\n+++\n\nBody\n+++\n",
			used: []int{0},
			want: "+++\ntitle = \"P\"   # the title\nowner = 'legal'\n\n[[override]]\nchange = \"c-2\"\nmaterial = false\nby = \"J\"\nreason = \"R\"\n+++\n\nBody\n+++\n", changed: true, ok: true},
		{name: "the last table goes with the blank line before it",
			in:   "+++\r\ntitle = \"P\"\r\n\r\n[[override]]\r\nchange = \"c-1\"\r\nmaterial = false\r\nby = \"J\"\r\nreason = \"R\"\r\n+++\r\nBody\r\n",
			used: []int{0}, want: "+++\r\ntitle = \"P\"\r\n+++\r\nBody\r\n", changed: true, ok: true},
		{name: "a multi-line summary",
			in:   "+++\ntitle = \"P\"\nsummary = \"\"\"\nTwo\nlines\"\"\"\nowner = \"x\"\n+++\nBody\n",
			want: "+++\ntitle = \"P\"\nowner = \"x\"\n+++\nBody\n", changed: true, ok: true},
		{name: "a summary inside another table is not the draft's",
			in:   "+++\ntitle = \"P\"\n[extra]\nsummary = \"x\"\n+++\nBody\n",
			want: "+++\ntitle = \"P\"\n[extra]\nsummary = \"x\"\n+++\nBody\n", ok: true},
		{name: "nothing to remove", in: "+++\ntitle = \"P\"\n+++\nBody\n", want: "+++\ntitle = \"P\"\n+++\nBody\n", ok: true},
		{name: "no front matter", in: "Body\n", want: "Body\n", ok: true},
		{name: "a byte order mark stays",
			in:   "\ufeff+++\ntitle = \"P\"\nsummary = \"S\"\n+++\nBody\n",
			want: "\ufeff+++\ntitle = \"P\"\n+++\nBody\n", changed: true, ok: true},
		{name: "an inline override array is not rewritten",
			in:   "+++\ntitle = \"P\"\noverride = [{change = \"c-1\", material = false, by = \"J\", reason = \"R\"}]\n+++\nBody\n",
			used: []int{0}, want: "+++\ntitle = \"P\"\noverride = [{change = \"c-1\", material = false, by = \"J\", reason = \"R\"}]\n+++\nBody\n", ok: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, changed, ok := CleanDraft([]byte(tc.in), tc.used)
			if string(out) != tc.want || changed != tc.changed || ok != tc.ok {
				t.Errorf("CleanDraft = %q, changed %v, ok %v\nwant %q, changed %v, ok %v", out, changed, ok, tc.want, tc.changed, tc.ok)
			}
		})
	}
}

// TestStaleOverride: an override of a change that was edited since is a
// warning at its line naming the change it most likely means now: the one
// the classifier and reviewer disagree on whose words the reason shares.
func TestStaleOverride(t *testing.T) {
	old := &site.Document{File: "versions/a/p/v1.md", Body: []byte("## Retention\n\nWe keep logs for 30 days.\n\n## Sharing\n\nWe share data with Stripe.\n")}
	draft := &site.Document{File: "content/a/p.md",
		Body:      []byte("## Retention\n\nWe keep server logs for 31 days.\n\n## Sharing\n\nWe share data with Stripe and Sentry.\n"),
		Overrides: []site.Override{{Change: "c-00000000", Material: false, By: "Jane", Reason: "Rounding: logs were always kept a month."}}}
	out, err := Compare(material.Builtin(), old, draft)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Stale) != 1 || !out.Report.Material {
		t.Fatalf("Stale = %v, material %v: a stale override must change no verdict", out.Stale, out.Report.Material)
	}
	w := out.Warnings(old)
	if len(w) != 1 || !strings.Contains(w[0].Msg, "c-00000000 no longer exists; the edited change is now c-") || !strings.Contains(w[0].Msg, "(§ Retention)") {
		t.Errorf("warnings = %v", w)
	}
	// The same override in the version compared with: used by its release.
	old.Overrides = draft.Overrides
	if w := out.Warnings(old); len(w) != 1 || !strings.Contains(w[0].Msg, "was already used") {
		t.Errorf("warnings = %v", w)
	}
}

// TestSummarizeLeavesOutHidden: the summary a release records and mails
// counts the changes readers can see; a comment or doubled spacing is not
// one of them.
func TestSummarizeLeavesOutHidden(t *testing.T) {
	old := &site.Document{Body: []byte("## Contact\n\nWrite to us at privacy@example.com.\n\n## Other\n\nWe are a small company.\n")}
	for _, tc := range []struct{ body, want string }{
		{"## Contact\n\nWrite  to us at privacy@example.com.\n\n<!-- checked -->\n\n## Other\n\nWe are a small company.\n",
			"No change readers can see: only spacing, comments or how tags are written."},
		{"## Contact\n\nWrite to us at privacy@example.com.\n\n<!-- checked -->\n\n## Other\n\nWe are a small firm.\n",
			"1 minor change."},
	} {
		out, err := Compare(material.Builtin(), old, &site.Document{Body: []byte(tc.body)})
		if err != nil {
			t.Fatal(err)
		}
		if got := Summarize(out); got != tc.want {
			t.Errorf("Summarize = %q, want %q", got, tc.want)
		}
	}
}
