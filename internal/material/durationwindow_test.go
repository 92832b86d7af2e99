package material

import "testing"

// TestDurationWindow: a period stated by its number and unit is the same
// period said as "a thirty-day window" or "a 30-day period", and "once
// that window closes" orders the next step after it, as "after this
// period" does: sequence, not a condition. A step after anything else
// ("once you close your account"), another number, or a window no period
// stands before (the browser's) stays material. (Written for b24-36.)
func TestDurationWindow(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b24-36", "Customer Platform Data",
			"If a customer cancels their subscription: Customers have 30 days to export their data after this period, data is permanently deleted from active systems.",
			"If a customer cancels their subscription: Customers have a thirty-day window in which to export their data; once that window closes, data is permanently deleted from active systems.", false},
		{"a 14-day window, once it has closed", "Your rights",
			"You have 14 days to appeal a decision; after this period, the decision is final.",
			"You have a fourteen-day window to appeal a decision; once that window has closed, the decision is final.", false},
		{"once you close your account", "Customer Platform Data",
			"Customers have 30 days to export their data; after this period, data is permanently deleted.",
			"Customers have a thirty-day window in which to export their data; once you close your account, data is permanently deleted.", true},
		{"another number in the window", "Customer Platform Data",
			"Customers have 30 days to export their data; after this period, data is permanently deleted.",
			"Customers have a fourteen-day window in which to export their data; once that window closes, data is permanently deleted.", true},
		{"the browser's window", "Cookies",
			"We keep chat logs for 30 days; after this period they are deleted.",
			"We keep chat logs; once the chat window closes they are deleted.", true},
		{"a window with no period before it", "Cookies",
			"Session data is deleted after this period.",
			"Session data is deleted once that window closes.", true},
	})
}
