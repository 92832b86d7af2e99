package material

import "testing"

// TestListRegroupedSigns: a list item written "encryption of data" for
// "data encryption", or joined by "and" for "&", is the same list
// (b107-20, b111-19, b112-20); the same words joined to other items are
// not. (Written before the rules were changed.)
func TestListRegroupedSigns(t *testing.T) {
	runRestated(t, []restatedCase{
		{"of-phrase and ampersand", "Security",
			"We use firewalls, strong data masking, and separation of duties, networks & data.",
			"We use firewalls, strong masking of data, and separation of duties, networks and data.", false},
		{"the same words joined otherwise", "Use of data",
			"Your data is not used for profiling, tracking, or advertising purposes.",
			"Your data is not used for profiling or tracking for advertising purposes.", true},
	})
}
