package material

import "testing"

// TestImperativeRightItem: a list item that opens with a verb of a
// reader's right ("Request a copy … and to know the categories or list
// of third parties we share it with", b22-23) has the right's object
// changed: rights, though the item names data or parties. An item that
// states what the author does stays in that item's category.
func TestImperativeRightItem(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"US Privacy Laws", "- Request a copy of the information we collect about you, and to know the categories of personal information we collect and the categories of third parties we share it with;",
			"- Request a copy of the information we collect about you, and to know the categories of personal information we collect and the categories or list of third parties we share it with;", "rights"},
		{"Your choices", "- Access the personal information we collect, including your contact details and purchase history;",
			"- Access the personal information we collect, including your contact details, purchase history and location data;", "rights"},
		{"Your rights", "- Ask us for the categories of personal information we sold about you and the categories of third parties we sold it to;",
			"- Ask us for the categories of personal information we sold about you and the categories or a list of the third parties we sold it to;", "rights"},
		// material twin: an item stating what the author collects is data
		{"Information we collect", "- We collect your contact details and purchase history;",
			"- We collect your contact details, purchase history and location data;", "data"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
