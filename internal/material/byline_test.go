package material

import (
	"strings"
	"testing"
)

// TestBylines holds b47-11 and b47-16: the person a page's byline says
// last changed it is its editor, no recipient ("Latest update on … by
// Natalia Kudryavtseva"). A person named where data goes still counts.
func TestBylines(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, old, new, party string
		reported              bool
	}{
		{"b47-16 the editor changed",
			"Latest update on **Thursday 3 February 2022 à 17:19** by Natalia Kudryavtseva.",
			"Latest update on **Friday 4 February 2022 à 03:34** by David Webb.", "David Webb", false},
		{"b47-11 a handle for a name",
			"Latest update on **Tuesday 7 January 2020 à 09:42** by noctambule28.",
			"Latest update on **Thursday 3 February 2022 à 17:19** by Natalia Kudryavtseva.", "Natalia", false},
		{"written by",
			"This page was written by Anna Berg.",
			"This page was written by Tomas Reyes.", "Tomas Reyes", false},
		{"last modified by",
			"_Last modified on 3 May 2024 by Maria Keller_",
			"_Last modified on 9 June 2025 by John Brennan_", "John Brennan", false},
		{"twin: a person data goes to",
			"Your tax records are kept by our finance team.",
			"Your tax records are shared with Maria Keller, our outside accountant.", "Maria Keller", true},
		{"twin: a company after by in a byline",
			"Latest update on 3 May 2024 by Maria Keller.",
			"Latest update on 3 May 2024 by Zentrova Legal Ltd.", "Zentrova", true},
	} {
		_, _, why := judgeEdit(rb, "Processing of Personal Data", tc.old, tc.new)
		if got := namedParties(why, tc.party); (len(got) > 0) != tc.reported {
			t.Errorf("%s: %q reported=%v, want %v: %s", tc.name, tc.party, len(got) > 0, tc.reported, strings.Join(why, "; "))
		}
	}
}
