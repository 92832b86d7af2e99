package build

import (
	"os"
	"path/filepath"
	"testing"
)

// sameFile tells a file holding the data from one shorter, longer or
// different by a byte, and from a link to a file that holds it.
func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	same := write("same", "<p>hello</p>")
	empty := write("empty", "")
	link := filepath.Join(dir, "link")
	if err := os.Symlink(same, link); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, data string
		want       bool
	}{
		{same, "<p>hello</p>", true},
		{same, "<p>hello</p>\n", false},
		{same, "<p>hello</p"[:10], false},
		{same, "<p>hellO</p>", false},
		{empty, "", true},
		{empty, "x", false},
		{link, "<p>hello</p>", false},
		{filepath.Join(dir, "none"), "", false},
	} {
		// Twice: the second time through a buffer used before.
		for range 2 {
			if got := sameFile(tc.path, []byte(tc.data)); got != tc.want {
				t.Errorf("sameFile(%s, %q) = %v, want %v", filepath.Base(tc.path), tc.data, got, tc.want)
			}
		}
	}
}
