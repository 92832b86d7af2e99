package material

import "testing"

// TestRightLabelled: a list item headed by a right's name states what the
// right gives, whatever it names of sharing or data (b53-32). Twins: an
// item headed by another label keeps its category; the same item
// reworded to say the same stays minor.
func TestRightLabelled(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b53-32", "Notice to Residents of the United States",
			"1. **Access:** to learn the categories of information we collect and use, and for those in California, the categories of sources of collection and disclosure and the business purpose for collection;",
			"1. **Access:** to learn the categories and specific pieces of information we collect, use, disclose and sell; for those in California, the categories of sources of collection, the third parties to whom the information is disclosed or sold, and the business purpose for such collection or disclosure; for those in Oregon, a list of specific third parties (as defined under Oregon law), to whom we have disclosed Personal Information;",
			"rights"},
		{"right to delete", "Your rights",
			"* **Right to Delete.** You may ask us to delete the personal information we collected from you.",
			"* **Right to Delete.** You may ask us to delete the personal information we collected from you, including information we shared with our advertising partners.",
			"rights"},
		// Twin: another label.
		{"twin: partners label", "Who we share with",
			"* **Partners:** we share your contact details with event sponsors.",
			"* **Partners:** we share your contact details and purchase history with event sponsors.",
			"!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	if rep, _, why := judgeEdit(rb, "Your rights", "1. **Access:** to learn the categories of information we collect.", "1. **Access:** to learn the categories of information that we collect."); rep.Material {
		t.Errorf("twin: same words: material, want minor: %v", why)
	}
}
