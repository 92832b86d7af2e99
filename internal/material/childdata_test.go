package material

import "testing"

// TestChildDataOnly: what is done with a child's data once found ("we
// will delete such information" → "we will stop using such information")
// is a commitment about children, under a heading of children. Twins keep
// retention: the same change in a sentence of no child, and under a
// heading of retention.
func TestChildDataOnly(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "child's data kept", "Children's privacy",
		"If we learn that we have inadvertently collected personal information of children under the age of 13, we will delete such information unless required by law.",
		"If we learn that we have inadvertently collected personal information of children under the age of 13, we will stop using such information unless required by law.", "children")

	wantOnlyCategory(t, rb, "no child", "Children's privacy",
		"If you close your account, we will delete your information unless required by law.",
		"If you close your account, we will stop using your information unless required by law.", "!children")
	wantOnlyCategory(t, rb, "retention heading", "Data retention",
		"If we learn that we have inadvertently collected personal information of children under the age of 13, we will delete such information unless required by law.",
		"If we learn that we have inadvertently collected personal information of children under the age of 13, we will stop using such information unless required by law.", "!children")
}
