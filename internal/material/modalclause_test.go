package material

import (
	"strings"
	"testing"
)

// TestModalClauseAdded: a clause put in with a binding modal and a verb
// the text never used states a new commitment, though each of its words
// the paragraph already writes (b73-16, a held-out miss: declining
// cookies, "strictly necessary cookies will, however, still be set").
// The same act in another tense or form ("GitHub retains" → "GitHub will
// retain", "by posting" → "we will post", b62-37) is not.
func TestModalClauseAdded(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b73-16", "Cookies and similar technologies",
			"All computers have the ability to decline cookies. This can be done by activating the setting on your browser that enables you to decline the cookies. Please note that should you choose to decline cookies, you may be unable to access particular areas of our website.",
			"All computers have the ability to decline cookies, which can be done by activating the setting in your browser that enables you to decline them; strictly necessary cookies will, however, still be set. Please note that, should you choose to decline cookies, you may be unable to access particular areas of our website.", true},
		{"a tense", "Retention", "GitHub retains User Personal Information for as long as your account is active.",
			"GitHub will retain User Personal Information for as long as your account is active.", false},
		{"a contraction", "Your choices", "If you use the app, we'll ask for permission before we access your location.",
			"If you use the app, we will ask for permission before we access your location.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
