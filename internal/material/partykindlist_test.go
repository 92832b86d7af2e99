package material

import (
	"strings"
	"testing"
)

// TestPartyKindListItem: an item removed from or added to a list whose lead-in
// names a kind of party is a kind of recipient (npm-047), whatever words of
// purpose describe it; a list of purposes under a lead-in naming service providers, an item reworded,, and
// a sentence after such a list, keep their categories.
func TestPartyKindListItem(t *testing.T) {
	rb := Builtin()
	const lead = "# P\n\n## Does npm share data about me with others?\n\nnpm does not sell information about you to others. However, npm uses services provided by other companies. The types of service providers that npm uses include:\n\n-   Payment processors\n\n"
	const item = "-   Companies that assist us with marketing, such as to store data about current and potential customers\n\n"
	const tail = "-   Platforms for internal communication\n"
	const purposeLead = "# P\n\n## How does npm use data about me?\n\nnpm and its service providers use data about you for these purposes:\n\n-   To process your payments\n\n"
	for _, tc := range []struct {
		name, old, new string
		cat, not       string
	}{
		{"npm-047: a kind of party removed", lead + item + tail, lead + tail, "recipients", "purposes"},
		{"a kind of party added", lead + tail, lead + item + tail, "recipients", "purposes"},
		// Twins.
		{"twin: a list of purposes under partners", purposeLead + "-   To send you marketing newsletters\n\n" + tail, purposeLead + tail, "purposes", "recipients"},
		{"twin: an item reworded to sell data", lead + item + tail, lead + strings.Replace(item, "customers", "customers, and to sell it to advertisers", 1) + tail, "", ""},
		{"twin: a sentence after the list", lead + tail + "\nWe use this data for marketing to potential customers.\n", lead + tail, "", "recipients"},
	} {
		rep, cats, why := judgeText(rb, tc.old, tc.new)
		wantCategoryNot(t, tc.name, rep, cats, why, tc.cat, tc.not)
	}
}
