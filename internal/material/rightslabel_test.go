package material

import "testing"

// TestRightsLabelBlock: a paragraph under "Your California Privacy Rights:"
// removed takes away a right (tumblr-013), though its words are of
// sharing; a new party named in such a paragraph is still a recipient,
// and a paragraph under another label keeps its category.
func TestRightsLabelBlock(t *testing.T) {
	rb := Builtin()
	const lead = "# P\n\n## Sharing\n\nWe share information with our affiliates as described above.\n"
	const rights = "\nYour California Privacy Rights: Under California Civil Code sections 1798.83-1798.84, California residents are entitled to ask us for a notice identifying the categories of personal customer information that we share with our affiliates and/or third parties for marketing purposes.\n"
	for _, tc := range []struct {
		name, old, new string
		cat, not       string
	}{
		{"tumblr-013: the paragraph removed", lead + rights, lead, "rights", "recipients"},
		{"the paragraph added", lead, lead + rights, "rights", "recipients"},
		// Twins.
		{"twin: a new party under the label", lead, lead + "\nYour California Privacy Rights: we share your email address with Zorbix for its own marketing.\n", "recipients", ""},
		{"twin: another label", lead + "\nMarketing Partners: we share the categories of personal customer information with our affiliates and third parties for marketing purposes.\n", lead, "", "rights"},
	} {
		rep, cats, why := judgeText(rb, tc.old, tc.new)
		wantCategoryNot(t, tc.name, rep, cats, why, tc.cat, tc.not)
	}
}
