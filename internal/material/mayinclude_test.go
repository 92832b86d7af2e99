package material

import (
	"strings"
	"testing"
)

// TestMayInclude: a list of examples opened by "which may include" is the
// list "such as" opens; its "may" is no permission. A "may" that grants an
// act, or a list that changes, stays material.
func TestMayInclude(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"- **Identity Data**, which may include first name, last name, title.", "- **Identity Data**, such as first name, last name, and title.", false},
		{"We collect contact data, which may include your name and email address.", "We collect contact data, such as your name and email address.", false},
		{"We collect contact data, such as your name and email address.", "We collect contact data, which can include, but is not limited to, your name and email address.", false},
		{"We collect contact data, which may include your name and email address.", "We collect contact data, such as your name, email address and phone number.", true},
		{"We collect contact data, such as your name and email address.", "We may include your name and email address in reports we share with partners.", true},
		{"We share contact data with our payment processor.", "We share contact data, which may include your name, with our payment processor and advertisers.", true},
	} {
		rep, _, why := judgeEdit(rb, "What we collect", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
