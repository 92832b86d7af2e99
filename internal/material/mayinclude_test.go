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
		// "which includes" opens the same open list (b20-03), and a
		// qualifier of the category moved onto its example qualifies the
		// same data.
		{"We collect contact data, which includes your name and email address.", "We collect contact data, such as your name and email address.", false},
		{"- **Device Data**, that include your browser type and operating system.", "- **Device Data**, such as your browser type and operating system.", false},
		{"*   **Location Data** (not precise geolocation), which includes your general location in order to provide you with the appropriate goods and services.", "*   **Location Data**, such as your general location (not precise geolocation) in order to provide you with appropriate goods and services.", false},
		{"- **Usage Data** (not your messages), which includes the pages you visit in order to improve the site.", "- **Usage Data**, such as the pages you visit (not your messages) in order to improve the site.", false},
		{"We collect contact data, which includes your name and email address.", "We collect contact data, such as your name, email address and phone number.", true},
		{"We collect contact data, which includes only your name and email address.", "We collect contact data, such as your name and email address.", true},
		{"*   **Location Data** (not precise geolocation), which includes your general location in order to provide you with the appropriate goods and services.", "*   **Location Data**, such as your general location and precise geolocation in order to provide you with appropriate goods and services.", true},
		{"We collect contact data, which includes your name and email address.", "We may include your name and email address in reports we share with partners.", true},
		{"Our partners, which include payment processors, receive your order details.", "Our partners, such as payment processors and advertisers, receive your order details.", true},
	} {
		rep, _, why := judgeEdit(rb, "What we collect", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
