package material

import "testing"

// TestPeriodAnchor: a period that counts from another event is another
// period ("After 70 days, we delete the recordings" → "70 days after a
// case is closed, …", a miss found in no labelled set: "Same commitments,
// reworded"). Twins: the same period and start in other words: minor.
func TestPeriodAnchor(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"after 70 days → 70 days after a case is closed", "Call recordings",
			"After 70 days, we delete the recordings.",
			"70 days after a case is closed, we delete the recordings."},
		{"from collection → from your last login", "Data retention",
			"We keep your search history for 18 months from collection.",
			"We keep your search history for 18 months from your last login."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "retention")
	}
	runRestated(t, []restatedCase{
		// Material, named rights by the words of the new start.
		{"following the request → following account closure", "Data retention",
			"Backups are overwritten 30 days following the request.",
			"Backups are overwritten 30 days following account closure.", true},
		{"twin: after which, a next step (b7-19)", "Data retention",
			"Chat logs are kept for 90 days and then deleted.",
			"Chat logs are retained for ninety (90) days, after which they are deleted.", false},
		{"twin: the same start, an article", "Data retention",
			"Backups are overwritten 30 days following the request.",
			"Backups are overwritten 30 days following a request.", false},
		{"twin: the same period, no start, reworded", "Call recordings",
			"After 70 days, we delete the recordings.",
			"Once 70 days have passed, we delete the recordings.", false},
	})
}
