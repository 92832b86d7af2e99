package material

import "testing"

// TestPurposeListItem: an item added to a list run in after "for:" or
// "purposes:" is one more reason the act of the sentence is done, a
// purpose, though the heading speaks of access or rights. Twins: an item
// added to a list of kinds of data after "such as:" stays material and is
// not made a purpose. (Written for b26-39.)
func TestPurposeListItem(t *testing.T) {
	runCategories(t, []categoryCase{
		{"a reason staff open accounts", "10. ACCESS TO CUSTOMER DATA",
			"OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, troubleshooting.",
			"OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, troubleshooting, product development.", "purposes"},
		{"a reason an engineer reads logs", "Your rights and our access",
			"Our engineers may open your workspace for: incident response, debugging.",
			"Our engineers may open your workspace for: incident response, debugging, benchmarking.", "purposes"},
	})
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"twin: a kind of data added after such as", "ACCESS TO CUSTOMER DATA",
			"Staff may see account details such as: names, email addresses.",
			"Staff may see account details such as: names, email addresses, payment history."},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || cats["purposes"] {
			t.Errorf("%s: want material, not purposes: %v", tc.name, why)
		}
	}
}
