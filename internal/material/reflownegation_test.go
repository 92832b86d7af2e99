package material

import (
	"strings"
	"testing"
)

// TestRewrittenHalvesNegation: a paragraph rewritten beyond what the
// differ pairs is removed and added whole; the "not" of each half is no
// limit lifted and added again (b15-31, b21-32). The paragraph compared
// whole is judged; a "not" really dropped is still material.
func TestRewrittenHalvesNegation(t *testing.T) {
	rb := Builtin()
	for _, tc := range [][3]string{
		{"Data Deletion", "omnie does not control data deletion policies.",
			"omnie does not control data deletion policies; these are set by each client, as the owner of the system in which the data is held."},
		{"Cookies and similar technologies", "All computers have the ability to decline cookies. This can be done by activating the setting on your browser that enables you to decline the cookies. Please note that should you choose to decline cookies, you may be unable to access particular areas of our website.",
			"Every browser lets you refuse cookies: just switch on the browser setting that blocks them. Bear in mind that if you refuse cookies, some parts of our website may not be available to you."},
	} {
		_, _, why := judgeEdit(rb, tc[0], tc[1], tc[2])
		for _, w := range why {
			if strings.Contains(w, ".negation") || strings.Contains(w, ".modal") {
				t.Errorf("%q → %q: %s", tc[1], tc[2], w)
			}
		}
	}
	runRestated(t, []restatedCase{
		{"denial dropped", "Sharing",
			"We do not sell your personal data to anyone.",
			"We sell your personal data to advertisers; they use it to show you ads on other sites.", true},
	})
}
