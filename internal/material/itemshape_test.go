package material

import "testing"

// TestItemShapeAgreesWithFrame: an item added to a list whose shape says
// it is one of what the list lists ("and to build audiences for
// advertising on third-party platforms", a purpose, in a list of what the
// data helps us to do) is one of them, whatever other category its own
// words name: "third-party platforms" is where the advertising runs, not
// whom data goes to. An item whose shape says another kind than the list's
// is still judged by its words. (Written before the rules were changed
// for b16-12.)
func TestItemShapeAgreesWithFrame(t *testing.T) {
	runCategories(t, []categoryCase{
		{"b16-12", "How do we use your personal information?",
			"Analytics and profiling – we use your personal information for statistical analysis and to help us understand more about users of our systems. This helps us to serve you better and to find ways to improve our services and website.",
			"Analytics and profiling – we use your personal information for statistical analysis and to help us understand more about users of our systems. This helps us to serve you better, to find ways to improve our services and website, and to build audiences for advertising on third-party platforms.", "purposes"},
		{"a purpose naming partners' sites", "How we use your data",
			"We use your order history to improve our recommendations and to personalise our emails.",
			"We use your order history to improve our recommendations, to personalise our emails and to measure our campaigns on partner websites.", "purposes"},
		{"a purpose naming vendors' tools", "Why we process your data",
			"We process your data to provide the service and to improve it.",
			"We process your data to provide the service, to improve it and to compare prices with those of our suppliers.", "purposes"},
		{"twin: a recipient added to a list of recipients stays recipients", "Sharing",
			"We share your data with our payment processor and with our delivery partners.",
			"We share your data with our payment processor, with our delivery partners and with advertising companies.", "recipients"},
	})
}
