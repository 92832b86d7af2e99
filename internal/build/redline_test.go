package build

import (
	"fmt"
	"os"
	pathpkg "path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/site"
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
	if !strings.Contains(string(rl.SideBySide), "<td><p>We keep logs for <del><span class=\"vh\">[removed: </span>30<span class=\"vh\">]</span></del> days.</p>\n</td><td><p>We keep logs for <ins>") {
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
	// The side-by-side shows the heading's words, without a second id.
	side := string(rl.SideBySide)
	if strings.Contains(side, "---") || strings.Contains(side, `id="your-legal-rights"`) || !strings.Contains(side, "legal") {
		t.Errorf("side by side:\n%s", side)
	}
}

// TestRedlineMarkdown: a word changed in a list item with a bold label, in
// a paragraph with a link or code, is marked in the rendered text: no raw
// Markdown on the page, the links and emphasis kept, in the inline redline
// and in the side-by-side table.
func TestRedlineMarkdown(t *testing.T) {
	old := "## Data\n\n- **Account data:** your name, work email and phone.\n\nSee [our processors](https://example.com/p) and `settings` for details.\n\nWe use *no* cookies.\n"
	new := "## Data\n\n- **Account data:** your name, work e-mail and phone.\n\nSee [our processors](https://example.com/p) and `settings` for all details.\n\nWe use *few* cookies.\n"
	rl := NewRedline(redline.Diff([]byte(old), []byte(new)), nil, "Version 1", "Version 2")
	for name, html := range map[string]string{"inline": string(rl.Inline), "side by side": string(rl.SideBySide)} {
		if strings.Contains(html, "**") || strings.Contains(html, "](") || strings.Contains(html, "`") {
			t.Errorf("%s shows raw Markdown:\n%s", name, html)
		}
		for _, want := range []string{
			"<li><strong>Account data:</strong> your name, work ",
			`<a href="https://example.com/p">our processors</a> and <code>settings</code> for `,
			"<em>",
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks\n%s\nin\n%s", name, want, html)
			}
		}
	}
	for _, want := range []string{
		`work <del><span class="vh">[removed: </span>email<span class="vh">]</span></del><ins><span class="vh">[added: </span>e-mail<span class="vh">]</span></ins> and phone.</li>`,
		`for <ins><span class="vh">[added: </span>all <span class="vh">]</span></ins>details.`,
		`We use <em><del><span class="vh">[removed: </span>no<span class="vh">]</span></del><ins><span class="vh">[added: </span>few<span class="vh">]</span></ins></em> cookies.`,
	} {
		if !strings.Contains(string(rl.Inline), want) {
			t.Errorf("inline lacks\n%s\nin\n%s", want, rl.Inline)
		}
	}
}

// TestRedlineMarkupChanged: a change inside a link's address cannot be
// marked in place; the old and new blocks are shown whole, both rendered.
func TestRedlineMarkupChanged(t *testing.T) {
	old := "See [our processors](https://example.com/old) for details.\n"
	new := "See [our processors](https://example.com/new) for details.\n"
	rl := NewRedline(redline.Diff([]byte(old), []byte(new)), nil, "Version 1", "Version 2")
	for _, want := range []string{
		`<del class="block"><span class="vh">Removed: </span><p>See <a href="https://example.com/old">our processors</a> for details.</p>`,
		`<ins class="block"><span class="vh">Added: </span><p>See <a href="https://example.com/new">our processors</a> for details.</p>`,
	} {
		if !strings.Contains(string(rl.Inline), want) {
			t.Errorf("inline lacks\n%s\nin\n%s", want, rl.Inline)
		}
	}
}

// TestMarkersToTags: <del> and <ins> only ever wrap text, so that they
// nest whatever elements a changed span crosses.
func TestMarkersToTags(t *testing.T) {
	got, ok := markersToTags("<p>a \uE000b <strong>c</strong> d\uE001 e</p>\n<table><tr><td>\uE002x</td>\n<td>y\uE003</td></tr></table>")
	want := `<p>a <del><span class="vh">[removed: </span>b </del><strong><del>c</del></strong> <del>d<span class="vh">]</span></del> e</p>` + "\n" +
		`<table><tr><td><ins><span class="vh">[added: </span>x</ins></td>` + "\n" + `<td><ins>y<span class="vh">]</span></ins></td></tr></table>`
	if !ok || got != want {
		t.Errorf("markersToTags =\n%s\nwant\n%s", got, want)
	}
	if got, _ := markersToTags("<p>\uE002\uE003<strong>b</strong>\uE002\uE003 c</p>"); got != "<p><strong>b</strong> c</p>" {
		t.Errorf("a span of markup only left %s", got)
	}
	if _, ok := markersToTags("<a href=\"x\uE000y\">"); ok {
		t.Error("a marker inside a tag was accepted")
	}
}

// TestReadText: a summary's excerpt reads as the page does: no pipes of a
// table row, no Markdown markers, a link by its words.
func TestReadText(t *testing.T) {
	for in, want := range map[string]string{
		"| Social Media | Facebook | 2 years |":                  "Social Media · Facebook · 2 years",
		"- **Account data:** your name, work e-mail":             "Account data: your name, work e-mail",
		"See [our processors](https://x.example/p) & `settings`": "See our processors & settings",
		"We keep logs  for 30 days.":                             "We keep logs for 30 days.",
		"Café \"au lait\" it's ok":                               "Café \"au lait\" it's ok",
	} {
		sn := newSnippets()
		for _, s := range []*snippets{nil, sn, sn} { // the second time from sn's memory
			if got := s.readText(in); got != want {
				t.Errorf("readText(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

// TestRedlineRealTextNests: over the real policies of this repository's
// site, each edited in ways authors edit (a word changed, a word bolded, a
// link's address changed, a table cell changed), every <del> and <ins> is
// closed and no marker is left on the page.
func TestRedlineRealTextNests(t *testing.T) {
	files, _ := filepath.Glob("../../versions/*/*/v1.md")
	files2, _ := filepath.Glob("../markdown/testdata/real/*.md")
	files = append(files, files2...)
	if len(files) == 0 {
		t.Skip("no real policies")
	}
	edits := []func(string) string{
		func(s string) string {
			return strings.Replace(strings.Replace(s, " data ", " information ", 3), " the ", " **the** ", 5)
		},
		func(s string) string {
			return strings.Replace(strings.Replace(s, "](http", "](https://example.com/x", 2), " we ", " _we_ ", 4)
		},
		func(s string) string { return strings.Replace(strings.Replace(s, " | ", " | new ", 3), "`", "", 2) },
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, edit := range edits {
			rl := NewRedline(redline.Diff(src, []byte(edit(string(src)))), nil, "a", "b")
			for name, h := range map[string]string{"inline": string(rl.Inline), "side by side": string(rl.SideBySide)} {
				if strings.ContainsAny(h, "\uE000\uE001\uE002\uE003") {
					t.Errorf("%s edit %d: a marker is left in the %s", f, i, name)
				}
				for _, tag := range []string{"del", "ins", "strong", "em", "a", "code", "p", "li", "ul", "ol", "td", "tr", "table"} {
					if o, c := strings.Count(h, "<"+tag+">")+strings.Count(h, "<"+tag+" "), strings.Count(h, "</"+tag+">"); o != c {
						t.Errorf("%s edit %d: %s has %d <%s> and %d </%s>", f, i, name, o, tag, c, tag)
					}
				}
			}
		}
	}
}

// TestPlainParagraph: the sentences rendered without goldmark come out as
// goldmark renders them.
func TestPlainParagraph(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/ota/*/*/*.md")
	var src []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src = append(src, data...)
	}
	plain := 0
	lines := strings.Split(string(src)+"\nShe said \"yes\" and it's fine.\nCafé au lait, 3 times.\n- item\n1. first\nA line with  two spaces.\nÉtat: done; 50% — ok?\n", "\n")
	for _, l := range lines {
		want, err := markdown.Render([]byte(l))
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := plainParagraph(l); ok {
			plain++
			if got != string(want.HTML) {
				t.Errorf("plainParagraph(%q) = %q, goldmark renders %q", l, got, want.HTML)
			}
		}
	}
	if plain < 100 {
		t.Errorf("only %d plain lines: the test checks too little", plain)
	}
}

// TestRedlineCollapsed: a redline page shows the changed sentence with its
// section's heading and the sentences around it; the rest of the text is
// one line per run, saying how many paragraphs are unchanged and linking
// to them on the new version's page, where the link's anchor is the
// section they are in. The page does not repeat the whole text.
func TestRedlineCollapsed(t *testing.T) {
	for _, local := range []bool{false, true} {
		t.Run(fmt.Sprintf("local=%v", local), func(t *testing.T) {
			s := loadFixture(t, "collapse.txtar")
			var out Files
			opts := Options{Now: site.NewDate(2026, 7, 1), LocalLinks: local, Theme: Theme{Site: s.FS, Defaults: os.DirFS("../..")}}
			if _, err := Build(s, &out, opts); err != nil {
				t.Fatal(err)
			}
			const path = "acme/privacy/changes/v1-v2/index.html"
			page := string(out.Get(path))
			text := page[strings.Index(page, `<div class="prose redline-text">`):]
			text = text[:strings.Index(text, "</section>")]
			for _, want := range []string{
				`<h2 id="how-long-we-keep-it">4. How long we keep it</h2>`,
				"<p>We keep your account data while your account is open.</p>", // context before
				`We keep server logs for <del><span class="vh">[removed: </span>30<span class="vh">]</span></del><ins><span class="vh">[added: </span>90<span class="vh">]</span></ins> days.`,
				"<p>We keep invoices for six years, as the law requires.</p>", // context after
			} {
				if !strings.Contains(text, want) {
					t.Errorf("the redline lacks\n%s\nin\n%s", want, text)
				}
			}
			for _, gone := range []string{"makes widgets in Leeds", "no cookies for advertising", "Information Commissioner"} {
				if strings.Contains(text, gone) {
					t.Errorf("the redline repeats unchanged text %q:\n%s", gone, text)
				}
			}
			// Before the change: sections 1 to 3 (7 paragraphs); after it:
			// sections 5 and 6 (4 paragraphs).
			links := regexp.MustCompile(`<p class="unchanged"><a href="([^"]*)">([^<]*)</a>([^<]*)</p>`).FindAllStringSubmatch(text, -1)
			var got []string
			for _, l := range links {
				got = append(got, l[2]+l[3])
			}
			want := []string{
				"7 unchanged paragraphs of Version 2, in § 1. Who we are, § 2. What we collect, § 3. Cookies",
				"4 unchanged paragraphs of Version 2, in § 5. Your rights, § 6. Contact",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("collapsed lines:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			// Each link leads to the page of version 2, at the section where
			// the unchanged text starts, and that text is there.
			starts := []string{"Acme Widgets Ltd makes widgets in Leeds.", "You may ask for a copy of your data."}
			for i, l := range links {
				href, frag, _ := strings.Cut(l[1], "#")
				target := pathpkg.Join(pathpkg.Dir(path), href)
				if strings.HasSuffix(href, "/") {
					target += "/index.html"
				}
				if local != strings.HasSuffix(href, "index.html") {
					t.Errorf("link %s: with LocalLinks=%v", l[1], local)
				}
				v2 := string(out.Get(target))
				if v2 == "" {
					t.Fatalf("link %s leads to %s, which the build did not write", l[1], target)
				}
				at := strings.Index(v2, ` id="`+frag+`"`)
				if frag == "" || at < 0 {
					t.Fatalf("link %s: %s has no id %q", l[1], target, frag)
				}
				if i < len(starts) {
					if next := strings.Index(v2[at:], starts[i]); next < 0 || strings.Contains(v2[at:at+next], "<h2") {
						t.Errorf("link %s: %q is not in the section it leads to", l[1], starts[i])
					}
				}
			}
		})
	}
}

// TestMarkedPlain: an edit of plain sentences is marked up without goldmark,
// as goldmark would mark it up, over the real policies' edits.
func TestMarkedPlain(t *testing.T) {
	dirs, _ := filepath.Glob("../../testdata/ota/*/*")
	checked := 0
	for _, d := range dirs {
		v1, err1 := os.ReadFile(filepath.Join(d, "v1.md"))
		v2, err2 := os.ReadFile(filepath.Join(d, "v2.md"))
		if err1 != nil || err2 != nil {
			continue
		}
		for _, c := range redline.Diff(v1, v2).Changes {
			if c.Words == nil {
				continue
			}
			if _, ok := plainParagraph(c.Old); !ok {
				continue
			}
			if _, ok := plainParagraph(c.New); !ok {
				continue
			}
			got, ok := markedSource(nil, c.Words)
			if !ok {
				t.Errorf("%s: plain edit not marked: %q", d, c.New)
				continue
			}
			var src strings.Builder
			for _, s := range c.Words {
				switch s.Op {
				case redline.Equal:
					src.WriteString(s.Text)
				case redline.Deleted:
					src.WriteString("\uE000" + s.Text + "\uE001")
				case redline.Inserted:
					src.WriteString("\uE002" + s.Text + "\uE003")
				}
			}
			want, _ := markdown.Render([]byte(src.String()))
			if got != string(want.HTML) {
				t.Errorf("%s: marked without goldmark\n%q\ngoldmark\n%q", d, got, want.HTML)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("only %d plain edits checked", checked)
	}
}

// TestShorten: a summary's excerpt is the start of the text, cut at a word,
// never inside a character, however long the paragraph.
func TestShorten(t *testing.T) {
	long := strings.Repeat("We **keep** your data for `thirty` days. ", 500)
	if got, want := shorten(long, 90), "We keep your data for thirty days. We keep your data for thirty days. We keep your data…"; got != want {
		t.Errorf("shorten(long) = %q, want %q", got, want)
	}
	for _, s := range []string{strings.Repeat("é", 200), strings.Repeat("日本語", 300), strings.Repeat("a", 1000) + " b"} {
		if got := shorten(s, 90); !utf8.ValidString(got) || len(got) > 90+len("…") {
			t.Errorf("shorten(%.20q…) = %q", s, got)
		}
	}
}
