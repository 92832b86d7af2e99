package material

import (
	"strings"
	"testing"
)

// TestGroupCompanies holds b16-22, a real update of Bumble's privacy
// policy ("we refer to Bumble Holding Limited, Badoo Trading Limited and
// Bumble Trading LLC" → "… to Badoo Trading Limited and Bumble Trading
// LLC"), called the same commitments: names were compared without every
// corporate word, so "Bumble Holding Limited" was "Bumble Group", which
// the sentence still says. A company is compared without its legal form
// only: a company of the group dropped from who "we" are is a change. A
// legal form traded is none.
func TestGroupCompanies(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b16-22", "Introduction",
			"When we talk about Bumble Group, we refer to Bumble Holding Limited, Badoo Trading Limited and Bumble Trading LLC (also known simply as “Bumble”, “we”, “us”, or “our” in this policy).",
			"When we talk about Bumble Group, we refer to Badoo Trading Limited and Bumble Trading LLC (also known simply as “Bumble”, “we”, “us”, or “our” in this policy).", true},
		{"a holding company added to the group", "Who we are",
			"Acme Group means Acme Trading Ltd and its subsidiaries.",
			"Acme Group means Acme Holdings Ltd, Acme Trading Ltd and its subsidiaries.", true},
		{"a legal form traded", "Who we are",
			"This policy is issued by Acme Group, that is Acme Trading Inc. and its subsidiaries.",
			"This policy is issued by Acme Group, that is Acme Trading LLC and its subsidiaries.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
