package material

import "testing"

// TestPlaceOpened: a place the data is handled at, said by pointing back
// to the country named, traded for any other place, or the reverse, moves
// where the data goes (a miss found in no labelled set: "processed there"
// → "processed elsewhere" read "Same commitments, reworded"). Twins: the
// same place said with other small words, the open place said another
// way: minor.
func TestPlaceOpened(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"processed there → elsewhere", "Where we store your data",
			"Your data is stored in Ireland and processed there.",
			"Your data is stored in Ireland and processed elsewhere."},
		{"backed up locally → abroad", "Backups",
			"Our servers are in Canada, and backups are kept locally.",
			"Our servers are in Canada, and backups are kept abroad."},
		{"reverse: analysed anywhere → there", "Analytics",
			"We collect usage data in the EU and may analyse it anywhere.",
			"We collect usage data in the EU and may analyse it there."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "transfers")
	}
	runRestated(t, []restatedCase{
		{"twin: there, with \"is\" and \"too\"", "Where we store your data",
			"Your data is stored in Ireland and processed there.",
			"Your data is stored in Ireland and is processed there too.", false},
		{"twin: abroad → overseas", "Backups",
			"Our servers are in Canada, and backups are kept abroad.",
			"Our servers are in Canada, and backups are kept overseas.", false},
	})
}
