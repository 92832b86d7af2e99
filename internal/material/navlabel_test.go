package material

import "testing"

// TestNavigationLabel: a page's "Table of contents" line, captured with
// its text and then lost, says nothing of the policy (ota-40 042, "the
// rules cannot tell whether 'table', 'contents' changes a commitment").
// Twin: a line that names what the page covers is no label.
func TestNavigationLabel(t *testing.T) {
	rb := Builtin()
	page := func(label string) string {
		return "# Privacy policy\n\n*   [1\\. Personal Data we collect](#personal-data-we-collect)\n*   [2\\. How we use Personal Data](#how-we-use-personal-data)\n\n" +
			label + "*   [1\\. Personal Data we collect](#personal-data-we-collect)\n*   [2\\. How we use Personal Data](#how-we-use-personal-data)\n\n" +
			"## 1. Personal Data we collect\n\nWe collect your email address to run your account.\n\n## 2. How we use Personal Data\n\nWe never sell your data.\n"
	}
	for _, label := range []string{"Table of contents\n\n", "## On this page\n\n", "* Back to top\n\n"} {
		if rep, _, why := judgeText(rb, page(label), page("")); rep.Material {
			t.Errorf("%q taken out: material: %v", label, why)
		}
	}
	if !navigationLabel("**Table of Contents:**") || navigationLabel("Contents of your messages") {
		t.Error("labels of navigation not told from text")
	}
}
