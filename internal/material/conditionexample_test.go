package material

import (
	"strings"
	"testing"
)

// TestConditionExample: an example of a case a sentence applies in, added
// at its end after "for example" ("the right to restrict our use of your
// personal information (for example, while we check whether it is
// accurate)") is one case of those the sentence covers: no condition
// added. Its twins stay material: the same case said without "for
// example" (a condition), an example that names a recipient or an act of
// a category ("when we share it with advertisers"), one with a force of
// its own ("if you do not want us to track you") or a number.
func TestConditionExample(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", "- the right to restrict our use of your personal information;", "- the right to restrict our use of your personal information (for example, while we check whether it is accurate);", false},
		{"Your rights", "- the right to restrict our use of your personal information;", "- the right to restrict our use of your personal information (for example, when you contest its accuracy);", false},
		{"Your rights", "- the right to restrict our use of your personal information (e.g. while we check whether it is accurate);", "- the right to restrict our use of your personal information;", false},

		{"Your rights", "- the right to restrict our use of your personal information;", "- the right to restrict our use of your personal information (only while we check whether it is accurate);", true},
		{"Your rights", "- the right to restrict our use of your personal information;", "- the right to restrict our use of your personal information while we check whether it is accurate;", true},
		{"Sharing", "We share your data with service providers.", "We share your data with service providers (for example, when we share it with advertisers).", true},
		{"Cookies", "You can refuse cookies.", "You can refuse cookies, for example if you do not want us to track you.", true},
		{"Retention", "We keep your data while your account is open.", "We keep your data while your account is open, for example if you do not log in for 3 years.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestClausesKeepExamples: a "while" after "for example," opens the case
// given, not a clause set against the one before.
func TestClausesKeepExamples(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"restrict our use (for example, while we check it)", "restrict our use (for example, while we check it)"},
		{"We keep it, while we check it", "We keep it. We check it"},
		{"We keep it; we check it", "We keep it. We check it"},
	} {
		if got := clausesAsSentences(tc.in); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}
