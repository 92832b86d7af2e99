package material

import (
	"strings"
	"testing"
)

// TestListItemSaysWhatItIs holds batch 9's b9-41: an item added to a list
// whose own words name a category by a longer term than the lead-in names
// the list's is of the item's category ("your date of birth" under "we
// ask for:", which folds to a data-subject "request"). A lead-in that
// names its category as strongly decides.
func TestListItemSaysWhatItIs(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, category string
	}{
		{"a kind of data under 'we ask for'", "Signing up",
			"When you sign up we ask for:\n\n* your name;\n* your email address.",
			"When you sign up we ask for:\n\n* your name;\n* your email address;\n* your phone number.", "data"},
		{"a purpose under a list of recipients", "Sharing",
			"We share your personal data with the following third parties:\n\n* our payment processor, to take payments.",
			"We share your personal data with the following third parties:\n\n* our payment processor, to take payments;\n* our email provider, for newsletters.", "recipients"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.category] {
			t.Errorf("%s: material=%v categories %v, want %q: %s", tc.name, rep.Material, cats, tc.category, strings.Join(why, "; "))
		}
	}
}
