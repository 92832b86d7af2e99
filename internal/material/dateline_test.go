package material

import (
	"strings"
	"testing"
)

// TestDateline: a line that only dates the policy, in words the rules
// read, whose date changed ("This policy was last published on: 27
// November 2024" → "… 8 May 2025"; "Effective from 2026-02-20" → "…
// 2026-04-11") is minor: the numbers are a day, a month and a year, not
// counts without a unit, and the fallback does not hold them for a
// reviewer. A date in a sentence that commits to something (a deletion, a
// sharing that stops), a number beside the date that is not part of it,
// and a dated line in a language the rules do not read stay material.
func TestDateline(t *testing.T) {
	rb := Builtin()
	const h = "About this policy"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"day month year", "This policy was last published on: 27 November 2024", "This policy was last published on: 8 May 2025", false},
		{"the day alone", "This policy was last published on: 8 January 2026", "This policy was last published on: 30 January 2026", false},
		{"in figures", "Effective as of 29/11/2023", "Effective as of 05/12/2023", false},
		{"year first", "Version of 2026-02-20", "Version of 2026-04-11", false},
		{"month first", "Published March 18, 2024", "Published July 1, 2024", false},
		// Twins.
		{"twin: a deletion dated", "Data collected before 1 March 2020 is deleted.", "Data collected before 1 March 2021 is deleted.", true},
		{"twin: a sharing that stops", "We will stop sharing your data with partners on 1 March 2025.", "We will stop sharing your data with partners on 1 March 2026.", true},
		{"twin: a count beside the date", "This policy was last published on 27 November 2024 and covers 3 apps.", "This policy was last published on 27 November 2024 and covers 4 apps.", true},
		{"twin: another language", "Les données sont conservées jusqu'au 01/01/2025.", "Les données sont conservées jusqu'au 01/01/2026.", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
