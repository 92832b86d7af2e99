package check

import (
	"fmt"
	"strings"
	"testing"
)

// rules lists the findings as "line rule" for comparison.
func rules(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%d %s", f.Line, f.Rule))
	}
	return out
}

// Pages saved from websites have headings with no text ("### " alone);
// Facebook's, Instagram's, Logitech's and Snapchat's privacy policies in
// Open Terms Archive made check panic with "slice bounds out of range".
func TestEmptyHeadings(t *testing.T) {
	body := "# Privacy\n\nWe collect data about you in many ways and for many reasons.\n\n### \n\nFirst part.\n\n### \n\nSecond part.\n\n## Contact\n\nWrite to us.\n"
	got := rules(Document("p.md", []byte(body), 1))
	want := []string{"5 empty-heading", "9 empty-heading"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("findings = %q, want %q", got, want)
	}
}

// Each heading is reported on its own line, whatever comes before it.
func TestHeadingLines(t *testing.T) {
	for _, body := range []string{
		"## A\n\n##\n\n## A\n\ntext\n",
		"##\n## B\n\n## B\n",
		"Title\n=====\n\n## Empty\n\n## \n\n### x\n\ny\n",
		"<!-- c -->\n\n#\n\n#\n",
	} {
		for _, f := range Document("p.md", []byte(body), 1) {
			lines := strings.Split(body, "\n")
			if f.Line < 1 || f.Line > len(lines) {
				t.Errorf("%q: finding %+v on a line the body does not have", body, f)
			}
		}
	}
}

func TestPlaceholders(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string // the placeholders found, in order
	}{
		// a link whose text is "link" is a link, not a placeholder; the
		// real placeholder after it in the same paragraph is found
		{"Read our [link](https://example.com/cookies) and write to [Insert Name].\n", []string{"[Insert Name]"}},
		{"See [your rights](#rights) and [address](https://example.com/a).\n", nil},
		{"See [Your Company Name] at [Insert Address], TODO.\n", []string{"[Your Company Name]", "[Insert Address]", "TODO"}},
		{"Our [link][ref] is a reference link, [Link] a shortcut one.\n\n[ref]: https://example.com\n[link]: https://example.com\n", nil},
		{"A link with no destination, [Insert Name](), is unfilled.\n", []string{"[Insert Name]"}},
		{"Write to [email protected] now.\n", nil},
		{"Two lines: [Insert Name]\nand [Insert Date].\n", []string{"[Insert Name]", "[Insert Date]"}},
	} {
		var got []string
		for _, f := range Document("p.md", []byte(tc.body), 1) {
			if f.Rule == "placeholder" {
				got = append(got, strings.TrimSuffix(strings.TrimPrefix(f.Msg, `unfilled placeholder "`), `"`))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: placeholders %q, want %q", tc.body, got, tc.want)
		}
	}
}

// FuzzDocument checks arbitrary Markdown: no panic, and every finding on a
// line the file has.
func FuzzDocument(f *testing.F) {
	for _, s := range []string{
		"# Privacy\n\ntext\n\n### \n\nmore\n\n### \n",
		"Title\n=====\n\n## A\n\n## A\n\n<!-- c -->\n| a | b |\n|---|---|\n| [Insert Name] | [link](https://x) |\n",
		"> > > ### \n- - ## x\n\n[ref]: https://x\n[link]\n",
		"##\n#\n## a {#b}\n[x](#b) [y](#c) TODO [email protected]:\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		lines := strings.Count(body, "\n") + 1
		for _, fd := range Document("p.md", []byte(body), 3) {
			if fd.Line < 3 || fd.Line > lines+2 {
				t.Errorf("finding %+v on line %d, outside the body's lines 3 to %d", fd, fd.Line, lines+2)
			}
		}
	})
}

// BenchmarkDocument checks a long policy (sections of paragraphs and lists,
// each once) and reports the speed; it stays the same from 1 MB to 50 MB
// since check became linear (it was quadratic: 105 s on 50 MB).
func BenchmarkDocument(b *testing.B) {
	for _, mb := range []int{1, 4} {
		var body strings.Builder
		for i := 0; body.Len() < mb<<20; i++ {
			fmt.Fprintf(&body, "## %d. Section %d\n\nWe keep the data of section %d for %d days, see [our rights](#section-%d).\n\n- item %d one\n- item %d two\n\n", i, i, i, i%365, i, i, i)
		}
		src := []byte(body.String())
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Document("p.md", src, 1)
			}
		})
	}
}
