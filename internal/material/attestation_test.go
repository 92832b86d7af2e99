package material

import (
	"strings"
	"testing"
)

// TestAttestationRedated holds b26-18 in other words: a statement of what
// has happened up to a date, the date first ("As of June 30, 2020, we have
// never received a National Security Letter"), whose date alone moves on,
// in any of the usual ways of writing a date. A warrant canary renewed
// states the same; a date of a commitment ("until", "as of … we will") is
// not this, and a word of the statement changed with the date, or a
// number in it, still counts.
func TestAttestationRedated(t *testing.T) {
	rb := Builtin()
	const canary = ", we have never received a National Security Letter, FISA order, or any other classified request for user information."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b26-18", "The Law", "As of June 30, 2020" + canary, "As of October 23, 2025" + canary, false},
		{"day first", "The Law", "As of 30 June 2020" + canary, "As of 23 October 2025" + canary, false},
		{"a company's name", "Transparency",
			"As of 2024-01-01, LibraryThing has not been asked to disclose any member's data.",
			"As of 2025-10-23, LibraryThing has not been asked to disclose any member's data.", false},
		// Twins: still material.
		{"twin: what was received narrowed", "The Law", "As of June 30, 2020" + canary,
			"As of October 23, 2025, we have never received a National Security Letter or FISA order.", true},
		{"twin: a practice's start moved", "Sharing",
			"As of June 30, 2020, we will no longer share your data with advertisers.",
			"As of October 23, 2025, we will no longer share your data with advertisers.", true},
		{"twin: a date kept until", "Retention",
			"We keep your data until June 30, 2020.",
			"We keep your data until October 23, 2025.", true},
		{"twin: a count changed", "The Law",
			"As of June 30, 2020, we have received 2 requests for user information.",
			"As of October 23, 2025, we have received 3 requests for user information.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
