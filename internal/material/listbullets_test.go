package material

import "testing"

// TestProseListMadeBulletsItemDropped holds a sentence's list set out as
// bullets, one item dropped on the way: Read the Docs's privacy policy
// (readthedocs/readthedocs.org, 2018) made "includes the visitor's
// browser type, language preference, referring site, additional websites
// requested, and the date and time of each visitor request" a list of
// four bullets without "additional websites requested", read as the same
// commitments reworded. The same items set out as bullets stay minor.
func TestProseListMadeBulletsItemDropped(t *testing.T) {
	rb := Builtin()
	old := "The information we collect about all visitors to our website includes\nthe visitor's browser type, language preference, referring site,\nadditional websites requested, and the date and time of each visitor request."
	page := func(lead, body string) string {
		return "# Privacy Policy\n\n## What we collect\n\n" + lead + " from everybody, whether they have an account or not.\n\n" + body + "\n\n## Sharing\n\nWe do not sell it.\n"
	}
	before, after := "This is stuff we collect", "We collect this basic information" // the sentence before reworded too
	rep, cats, why := judgeText(rb, page(before, old), page(after, "The information we collect about all visitors to our website includes:\n\n* the visitor's browser type\n* language preference\n* referring site\n* the date and time of each visitor request"))
	wantCategoryNot(t, "an item dropped as the list became bullets", rep, cats, why, "data", "")
	if rep, _, why := judgeText(rb, page(before, old), page(after, "The information we collect about all visitors to our website includes:\n\n* the visitor's browser type\n* language preference\n* referring site\n* additional websites requested\n* the date and time of each visitor request")); rep.Material {
		t.Errorf("the same items as bullets: material, want minor: %v", why)
	}
}
