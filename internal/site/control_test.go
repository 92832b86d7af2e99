package site

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A control character in a site source is refused at its place: printed by
// diff or check it could clear a reviewer's screen or retitle the window.
func TestControlCharacters(t *testing.T) {
	v1 := version(1, "2026-01-01", "2026-01-15", false)
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string // in the error, or in the draft's error
	}{
		{"version", testSite("versions/acme/privacy/v1.md", strings.Replace(v1, "Text 1.", "Text \x1b]0;pwned\x07 1.", 1)),
			"versions/acme/privacy/v1.md:10:6: control character U+001B (ESC) in the text"},
		{"draft", testSite("versions/acme/privacy/v1.md", v1, "content/acme/privacy.md", "+++\ntitle = \"Privacy\"\n+++\n\nWe keep data.\aReally.\n"),
			"content/acme/privacy.md:5:14: control character U+0007 (BEL) in the text"},
		{"bidi", testSite("versions/acme/privacy/v1.md", v1, "content/acme/privacy.md", "+++\ntitle = \"Privacy\"\n+++\n\nWe keep data for \u202e syad 09\u202c.\n"),
			"content/acme/privacy.md:5:18: control character U+202E (RIGHT-TO-LEFT OVERRIDE) in the text"},
		{"c1", testSite("versions/acme/privacy/v1.md", v1, "content/acme/privacy.md", "+++\ntitle = \"Privacy\"\n+++\n\nÉté \u009b2J\n"),
			"content/acme/privacy.md:5:5: control character U+009B (CSI) in the text"},
		{"config", fstest.MapFS{ConfigFile: {Data: []byte(strings.Replace(testConfig, `name = "Acme"`, "name = \"Acme\x1b[2J\"", 1))}},
			"config.toml:6:13: control character U+001B (ESC) in the text"},
		// TOML's escapes write a control character in plain ASCII; the
		// decoded strings are what pages, feeds and notices show.
		{"escaped in a draft", testSite("versions/acme/privacy/v1.md", v1, "content/acme/privacy.md", "+++\ntitle = \"Privacy\"\nsummary = \"Clearer \\u001B[2J wording.\"\n+++\n\nWe keep data.\n"),
			`content/acme/privacy.md:3:20: control character U+001B (ESC) in summary, written as the escape \u001B`},
		{"escaped key in a draft", testSite("versions/acme/privacy/v1.md", v1, "content/acme/privacy.md", "+++\ntitle = \"Privacy\"\n[extra]\n\"a\\u0007b\" = 1\n+++\n\nWe keep data.\n"),
			`content/acme/privacy.md:4:3: control character U+0007 (BEL) in extra."a\u0007b", written as the escape \u0007`},
		{"escaped in a version", testSite("versions/acme/privacy/v1.md", v1, "versions/acme/privacy/v2.md", strings.Replace(version(2, "2026-02-01", "2026-02-15", false), "+++\n", "+++\nnote = [\"fine\", \"a\\u202Eb\"]\n", 1)),
			`versions/acme/privacy/v2.md:2:19: control character U+202E (RIGHT-TO-LEFT OVERRIDE) in note, written as the escape \u202E`},
		{"escaped in config", fstest.MapFS{ConfigFile: {Data: []byte(strings.Replace(testConfig, `name = "Acme"`, `name = "Acme\u0007"`, 1))}},
			`config.toml:6:13: control character U+0007 (BEL) in brands.acme.name, written as the escape \u0007`},
	} {
		s, err := Load(tc.fsys)
		got := ""
		if err != nil {
			got = err.Error()
		} else if p := s.Brand("acme").Policy("privacy"); p != nil && p.DraftErrors != nil {
			got = p.DraftErrors.Error()
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: error %q, want %q", tc.name, got, tc.want)
		}
	}
	// tab, carriage return and the direction marks are text
	if _, err := Load(testSite("versions/acme/privacy/v1.md", strings.Replace(v1, "Text 1.", "Text\t1.\r\n\u200fשלום\u200e", 1))); err != nil {
		t.Errorf("tab, CR and direction marks refused: %v", err)
	}
}

// A version nested deeper than markdown.MaxNesting is refused at its line.
func TestDeepNestingRefused(t *testing.T) {
	v1 := version(1, "2026-01-01", "2026-01-15", false)
	_, err := Load(testSite("versions/acme/privacy/v1.md", v1+"\n"+strings.Repeat(">", 5000)+"\n"))
	want := "versions/acme/privacy/v1.md:12: quotes or lists nested 5000 levels deep; redline reads at most 100"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}
