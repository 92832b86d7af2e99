package material

import "testing"

// TestHalfUnit: half of a time unit is an exact quantity ("half a year" is
// 6 months, "half an hour" 30 minutes, "a year and a half" 18 months), so
// a period restated with it is the same period; a period that changes
// value, start or unit with it is material, and half a month (no exact
// number of days) is not two weeks. (Written for b40-10.)
func TestHalfUnit(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b40-10", "Storage",
			"**Storage:** Tickets are automatically deleted within 6 months from the last communication, unless there is a legal duty to keep the ticket.",
			"**Storage:** Tickets are automatically deleted within half a year from the last communication, unless there is a legal duty to keep the ticket.", false},
		{"30 minutes → half an hour", "Security",
			"We notify you within 30 minutes of a breach.",
			"We notify you within half an hour of a breach.", false},
		{"half a day → 12 hours", "Security",
			"We restore backups within half a day.",
			"We restore backups within 12 hours.", false},
		{"18 months → a year and a half", "Retention",
			"We keep logs for 18 months.",
			"We keep logs for a year and a half.", false},
		{"18 months → one and a half years", "Retention",
			"We keep logs for 18 months.",
			"We keep logs for one and a half years.", false},
		{"3 months → half a year", "Retention",
			"We keep logs for 3 months.",
			"We keep logs for half a year.", true},
		{"2 weeks → half a month", "Retention",
			"We keep logs for 2 weeks.",
			"We keep logs for half a month.", true},
		{"half an hour → an hour", "Security",
			"We notify you within half an hour of a breach.",
			"We notify you within an hour of a breach.", true},
		{"12 months → a year and a half", "Retention",
			"We keep logs for 12 months.",
			"We keep logs for a year and a half.", true},
		{"half a year, another start", "Storage",
			"Tickets are deleted within 6 months from the last communication.",
			"Tickets are deleted within half a year from the ticket's creation.", true},
	})
}

// TestHalfUnitReason: a reason quotes the half as the policy writes it,
// not the number fold reads.
func TestHalfUnitReason(t *testing.T) {
	_, _, why := judgeEdit(Builtin(), "Retention", "We keep logs for 3 months.", "We keep logs for half a year.")
	if len(why) != 1 || why[0] != "retention.number: Retention and deletion: 3 months changed to half a year" {
		t.Errorf("reason %q", why)
	}
}
