package material

import (
	"strings"
	"testing"
)

// TestDocumentSelf: "this document" is the policy itself, and a sentence
// sending the reader where its changes are shown tells of them (npm 049:
// "This is a living document and may be updated from time to time. Please
// refer to the git history for this document to view the changes.",
// labelled the change-notice policy). A licence named is a document, not
// a party given data. Twins that stay minor: a dateline of the document,
// and "this document" said without a change.
func TestDocumentSelf(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category, notReason     string
	}{
		{"npm 049, changes", "Changes", "",
			"This is a living document and may be updated from time to time.\nPlease refer to the [git history for this\ndocument](https://github.com/npm/policies/commits/master/security.md)\nto view the changes.", true, "notice", ""},
		{"check this document for changes", "Changes", "",
			"We may revise this document. Please check this page to see any changes.", true, "notice", ""},
		{"npm 049, licence", "License", "",
			"This document may be reused under a [Creative Commons Attribution-ShareAlike License](https://creativecommons.org/licenses/by-sa/4.0/).", true, "", "New recipient"},
		// Twins that stay minor.
		{"twin: a dateline", "Changes", "", "This policy was last updated on May 1, 2020.", false, "", ""},
		{"twin: the document said, no change", "About", "", "This document is written in plain English for every reader.", false, "", ""},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, all)
		}
		if tc.category != "" && !strings.HasPrefix(all, tc.category+".") && !strings.Contains(all, "; "+tc.category+".") {
			t.Errorf("%s: want category %s: %s", tc.name, tc.category, all)
		}
		if tc.notReason != "" && strings.Contains(all, tc.notReason) {
			t.Errorf("%s: reason says %q: %s", tc.name, tc.notReason, all)
		}
	}
}
