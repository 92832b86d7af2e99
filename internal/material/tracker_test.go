package material

import "testing"

// TestTrackerNamed: a party named beside the cookie it sets is a tracker,
// though the list it is in is a list of partners; a party named beside
// what it does for us, or beside what it is for ("analytics"), stays a
// recipient. (Written before the words nearest a name decided between
// recipients and cookies, for Mozilla's 144.)
func TestTrackerNamed(t *testing.T) {
	runCategories(t, []categoryCase{
		{"a tracker added to a list of partners", "Metrics",
			"We work with these third-party partners:\n\n* Statly, which places a cookie on your device, to count visits.\n* Pagewise, to host our pages.",
			"We work with these third-party partners:\n\n* Statly and Heatwise, which place a cookie on your device, to count visits.\n* Pagewise, to host our pages.", "cookies"},
		{"twin: a partner that keeps our records", "Metrics",
			"We work with these third-party partners:\n\n* Statly, which keeps our invoices.\n* Pagewise, to host our pages.",
			"We work with these third-party partners:\n\n* Statly and Ledgerwise, which keep our invoices.\n* Pagewise, to host our pages.", "recipients"},
		{"twin: a processor for analytics", "Our processors",
			"We rely on these processors: Statly (hosting).",
			"We rely on these processors: Statly (hosting) and Heatwise (product analytics).", "recipients"},
	})
}
