package material

import "testing"

// TestVaguePeriodUnit: a period said without a number, "several days",
// "a few hours", "within weeks", is still a period: its unit is the term
// the reader can hold it to. "for several days in advance" → "for several
// weeks in advance" holds calendar events weeks before they happen, not
// days (b49-11, read as the same commitments). The count word changed
// with the unit kept ("several days" → "a few days") stays minor; a unit changed is retention's when the sentence keeps or deletes.
func TestVaguePeriodUnit(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b49-11", "How Waze retains data we collect",
		"For example, if you choose to connect your calendar to your Waze Account, we extract your calendar events for several days in advance and delete them after their occurrence.",
		"For example, if you choose to connect your calendar to your Waze Account, we extract your calendar events for several weeks in advance and delete them after their occurrence.", "retention")
	wantOnlyCategory(t, rb, "logs kept hours, then days", "Server logs",
		"Raw server logs are kept for a few hours and then deleted.",
		"Raw server logs are kept for a few days and then deleted.", "retention")
	wantOnlyCategory(t, rb, "deleted within months, not weeks", "Deleting your account",
		"Once you close your account, your profile is erased from our systems within weeks.",
		"Once you close your account, your profile is erased from our systems within months.", "retention")
	checkMaterial(t, []materialCase{
		{"Security incidents", "We will tell you of a breach within a couple of days of learning of it.",
			"We will tell you of a breach within a couple of weeks of learning of it.", true},
		// The same period, its count said another way.
		{"How Waze retains data we collect", "We extract your calendar events for several days in advance and delete them after their occurrence.",
			"We extract your calendar events for a few days in advance and delete them after their occurrence.", false},
		{"Server logs", "Raw server logs are kept for a few hours and then deleted.",
			"Raw server logs are kept for several hours and then deleted.", false},
	})
}
