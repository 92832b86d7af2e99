package build

import (
	"regexp"
	"strings"
	"testing"
)

// TestSincePage: the page from an older version to the one in force spans
// several releases. It lists each, with its own verdict and a link to its
// page, and does not judge the changes again as one release: a reader sees
// which release made a change material, as it was announced. The page from
// one version to the next still judges each change.
func TestSincePage(t *testing.T) {
	out := buildFixture(t, "since.txtar", "2026-06-01", false)
	since := string(out.Get("acme/privacy/changes/v1-v3/index.html"))
	if since == "" {
		t.Fatalf("no page from version 1 to the one in force; wrote %v", out.Names())
	}
	releases := regexp.MustCompile(`(?s)<ol class="releases">(.*?)</ol>`).FindStringSubmatch(since)
	if releases == nil {
		t.Fatalf("the page does not list the releases it spans:\n%s", since)
	}
	items := strings.Split(releases[1], "<li>")[1:]
	if len(items) != 2 {
		t.Fatalf("want versions 2 and 3 listed, got %d items:\n%s", len(items), releases[1])
	}
	for i, want := range []struct{ link, summary string }{
		{`href="../../../../acme/privacy/changes/v1-v2/">Version 2</a>`, "A sentence reworded."},
		{`href="../../../../acme/privacy/changes/v2-v3/">Version 3</a>`, "Your data is now also shared with Mailgun."},
	} {
		if !strings.Contains(items[i], want.link) || !strings.Contains(items[i], want.summary) {
			t.Errorf("release %d: want a link %s and the summary %q in\n%s", i+2, want.link, want.summary, items[i])
		}
		if material := strings.Contains(items[i], `badge material`); material != (i == 1) {
			t.Errorf("release %d: material badge %v, want %v:\n%s", i+2, material, i == 1, items[i])
		}
	}
	// The changes are shown, not judged: no verdict, no count of material
	// changes, no "No change is material" (version 3 is).
	summary := since[strings.Index(since, `<section class="summary"`):strings.Index(since, `<ol class="releases">`)]
	changes := since[strings.Index(since, `<ol class="changes">`):]
	for _, bad := range []string{`class="verdict"`, "No change is material", "material change</strong>"} {
		if strings.Contains(since, bad) {
			t.Errorf("the page judges the changes again (%q)", bad)
		}
	}
	if strings.Contains(changes[:strings.Index(changes, "</ol>")], "badge material") {
		t.Errorf("a change of the page is badged material:\n%s", changes)
	}
	if !strings.Contains(summary, "2 changes") {
		t.Errorf("summary does not count the changes:\n%s", summary)
	}
	// The spacing changed in version 2 is not listed, as on a judged page,
	// and a note says so.
	list := changes[:strings.Index(changes, "</ol>")]
	if !strings.Contains(list, "Mailgun") || strings.Contains(list, "§ Contact") || !strings.Contains(list, "1 change readers do not see is not listed") {
		t.Errorf("the change list shows a change readers cannot see, or misses the one they can:\n%s", list)
	}
	next := string(out.Get("acme/privacy/changes/v2-v3/index.html"))
	if !strings.Contains(next, `class="verdict"`) || !strings.Contains(next, "1 material change") || strings.Contains(next, `class="releases"`) {
		t.Errorf("the page from version 2 to 3 does not judge its change:\n%s", next)
	}
}
