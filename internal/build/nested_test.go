package build

import (
	"regexp"
	"testing"
)

// TestNestedHeadingLinks: with headings inside list items, a change under
// a section links to the id the version page gives that section, and no
// page repeats an id.
func TestNestedHeadingLinks(t *testing.T) {
	out := buildFixture(t, "nested.txtar", "2026-06-01", false)
	ids := regexp.MustCompile(` id="([^"]+)"`)
	idsOf := func(page string) map[string]int {
		seen := map[string]int{}
		for _, m := range ids.FindAllStringSubmatch(string(out.Get(page)), -1) {
			seen[m[1]]++
		}
		return seen
	}
	version := idsOf("acme/privacy/v2/index.html")
	for _, page := range []string{"acme/privacy/v2/index.html", "acme/privacy/changes/v1-v2/index.html"} {
		for id, n := range idsOf(page) {
			if n > 1 {
				t.Errorf("%s: id %q %d times", page, id, n)
			}
		}
	}
	section := regexp.MustCompile(`<h2 id="([^"]+)">Sharing</h2>`)
	var got []string
	for _, page := range []string{"acme/privacy/v2/index.html", "acme/privacy/changes/v1-v2/index.html"} {
		m := section.FindAllStringSubmatch(string(out.Get(page)), -1)
		if len(m) == 0 {
			t.Fatalf("%s: no heading Sharing with an id", page)
		}
		got = append(got, m[len(m)-1][1]) // the section's, after the list items'
	}
	if n := len(section.FindAllString(string(out.Get("acme/privacy/changes/v1-v2/index.html")), -1)); n != 1 {
		t.Errorf("the redline page has %d headings Sharing with an id, want 1: the section's", n)
	}
	// The version page counts the two list items' headings first.
	if got[0] != "sharing-3" || got[1] != got[0] {
		t.Errorf("section Sharing is #%s on the version page and #%s on the redline page, want sharing-3 on both", got[0], got[1])
	}
	if version["sharing-3"] != 1 {
		t.Errorf("version page ids %v", version)
	}
}
