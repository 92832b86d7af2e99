package build

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestRedlineHTML: what a reader of a redline page needs to see: the
// departure and arrival of a moved paragraph linked to each other, words
// marked with <ins> and <del> that say what they are without colour, and
// headings that keep the anchors of the policy page.
func TestRedlineHTML(t *testing.T) {
	old := "## Sharing\n\nOur processors are listed on our website and we tell you before we add one.\n\n## Retention\n\nWe keep logs for 30 days.\n\n## Contact\n\nWrite to us.\n"
	new := "## Sharing\n\n## Retention\n\nWe keep logs for 90 days.\n\n## Contact\n\nOur processors are listed on our website and we tell you before we add one.\n"
	rl := NewRedline(redline.Diff([]byte(old), []byte(new)), nil, "Version 1", "Version 2")
	html := string(rl.Inline)
	for _, want := range []string{
		`<p class="moved-from" id="from-c3"><del><span class="vh">Moved away: </span>Our processors are listed on our website and we tell you before we add one.</del> <a href="#c3">Moved to § Contact</a></p>`,
		`<div class="chg moved" id="c3"><p class="note"><a href="#from-c3">Moved here from § Sharing</a></p>`,
		`We keep logs for <del><span class="vh">[removed: </span>30<span class="vh">]</span></del><ins><span class="vh">[added: </span>90<span class="vh">]</span></ins> days.`,
		`<h2 id="retention">Retention</h2>`,
		`<del class="block"><span class="vh">Removed: </span><p>Write to us.</p>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("inline redline lacks\n%s\nin\n%s", want, html)
		}
	}
	var labels []string
	for _, c := range rl.Changes {
		labels = append(labels, c.Label+" "+c.Section)
	}
	if got := strings.Join(labels, "; "); got != "changed Retention; removed Contact; moved Contact" {
		t.Errorf("summary = %s", got)
	}
	if !strings.Contains(string(rl.SideBySide), `<td>We keep logs for <del><span class="vh">[removed: </span>30<span class="vh">]</span></del> days.</td><td>We keep logs for <ins>`) {
		t.Errorf("side by side does not show each side's words:\n%s", rl.SideBySide)
	}
}

// TestRedlineSetextHeading: a setext heading ("Title" over "-----") edited
// word by word is shown as a heading with its words, not its underline.
func TestRedlineSetextHeading(t *testing.T) {
	old := "Your rights\n-----------\n\nWrite to us.\n"
	new := "Your legal rights\n-----------------\n\nWrite to us.\n"
	rl := NewRedline(redline.Diff([]byte(old), []byte(new)), nil, "Version 1", "Version 2")
	html := string(rl.Inline)
	for _, want := range []string{`<h2 id="your-legal-rights">Your `, `legal rights<span class="vh">]</span></ins></h2>`} {
		if !strings.Contains(html, want) {
			t.Errorf("inline redline lacks\n%s\nin\n%s", want, html)
		}
	}
	if strings.Contains(html, "---") {
		t.Errorf("the underline shows:\n%s", html)
	}
}
