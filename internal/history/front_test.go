package history

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

func TestSplitFront(t *testing.T) {
	for _, tc := range []struct {
		name, src                         string
		title, published, effective, body string
	}{
		{"none", "# Title\n", "", "", "", "# Title\n"},
		{"jekyll", "---\nlayout: page\ntitle: 'Privacy: what we do'\ndate: 2024-04-17 10:00:00 +0200\n---\nText\n", "Privacy: what we do", "2024-04-17", "", "Text\n"},
		{"hugo yaml, lastmod wins", "---\ntitle: \"Privacy \\\"Policy\\\"\"\ndate: 2020-01-01\nlastmod: 2024-04-17T23:30:00Z\neffective_date: \"2024-05-01\"\n---\n\nText\n", `Privacy "Policy"`, "2024-04-18", "2024-05-01", "\nText\n"},
		{"hugo toml", "+++\ntitle = \"Privacy\"\ndate = 2024-04-17\n[params]\neffective = 2099-01-01\n+++\nText\n", "Privacy", "2024-04-17", "", "Text\n"},
		{"comment and nesting", "---\ntitle: Privacy # the page title\nmenu:\n  title: Other\n...\nText\n", "Privacy", "", "", "Text\n"},
		{"byte order mark", "\ufeff---\ntitle: Privacy\n---\nText\n", "Privacy", "", "", "Text\n"},
		// escapes the source's bytes do not show: the title is written
		// into a version the site would refuse with them
		{"escaped controls", "+++\ntitle = \"Privacy\\u202e ycavirP\\u001b[2J\"\n+++\nText\n", "Privacy ycavirP [2J", "", "", "Text\n"},
		{"a rule that is not front matter", "Text\n---\nMore\n", "", "", "", "Text\n---\nMore\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, body, err := splitFront([]byte(tc.src), mustLoc(t))
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tc.title || f.Published.String() != tc.published || f.Effective.String() != tc.effective || string(body) != tc.body {
				t.Errorf("got %q %q %q body %q; want %q %q %q body %q", f.Title, f.Published, f.Effective, body,
					tc.title, tc.published, tc.effective, tc.body)
			}
		})
	}
}

func FuzzSplitFront(f *testing.F) {
	f.Add([]byte("---\ntitle: x\ndate: 2024-01-01\n---\nbody"))
	f.Add([]byte("+++\ntitle = 'x'\n+++\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, body, err := splitFront(src, time.UTC)
		if err == nil && len(body) > len(src) {
			t.Fatalf("body longer than the file")
		}
	})
}

// TestQuote: whatever a commit message or path holds, the front matter
// written is TOML that reads back as valid UTF-8.
func TestQuote(t *testing.T) {
	for _, s := range []string{"caf\xe9", "say \"hi\"\\", "bell\x07 tab\t nl\n del\x7f", "\u200b zero width", "emoji 🙂"} {
		var m struct{ S string }
		if _, err := toml.Decode("s = "+quote(s), &m); err != nil {
			t.Errorf("quote(%q) = %s: %v", s, quote(s), err)
			continue
		}
		if !utf8.ValidString(m.S) {
			t.Errorf("quote(%q) reads back as %q", s, m.S)
		}
	}
}
