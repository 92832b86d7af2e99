package material

import (
	"strings"
	"testing"
)

// TestReferenceLinks: a link written by reference ("[get in touch][support]")
// reads as its text, as the page shows it: the label is not a word of it,
// and a link turned from inline to reference changes nothing.
func TestReferenceLinks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Please [get in touch][support] and we will answer.", "Please get in touch and we will answer."},
		{"Write to [us][] today.", "Write to us today."},
		{"[a](x.html)[b][c] and [d]", "ab and d"},
	} {
		if got := strings.Join(strings.Fields(stripMarkdown(tc.in)), " "); got != strings.Join(strings.Fields(tc.want), " ") {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "Contact", "Questions? Please [get in touch](/support) and we’ll be happy to answer them!", "Questions? Please [get in touch][support] and we’ll be happy to answer them!")
	if rep.Material || strings.Contains(strings.Join(why, " "), "touchsupport") {
		t.Errorf("a link written by reference: %s", strings.Join(why, "; "))
	}
	rep, _, why = judgeEdit(rb, "Contact", "Questions? Please [get in touch][support].", "Questions? Please [write to Zentrova Labs][support].")
	if !rep.Material {
		t.Errorf("a new party in a reference link's text: %s", strings.Join(why, "; "))
	}
}
