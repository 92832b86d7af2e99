package material

import (
	"strings"
	"testing"
)

// TestVersionRedated: a short line that dates a version of the document,
// however the version is qualified ("Previous version", "Current
// version"), with only its calendar date changed, commits to nothing
// (b33-08). A date in a line about a deletion or a retention, a version
// number without a month, or other words changed beside the date stay
// material.
func TestVersionRedated(t *testing.T) {
	rb := Builtin()
	const h = "Privacy Policy"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b33-08", "###### Last updated: 29 July 2025\n###### Previous version: 28 May 2025", "###### Last updated: 29 September 2025\n###### Previous version: 29 July 2025", false},
		{"previous alone", "Previous version: 28 May 2025", "Previous version: 29 July 2025", false},
		{"current", "Current version: 1 March 2024", "Current version: 4 April 2025", false},
		{"prior, written American", "Prior version: May 28, 2025", "Prior version: July 29, 2025", false},
		{"updated, a relative date", "Updated over a week ago", "Updated over 2 weeks ago", false},
		// Twins.
		{"twin: a deletion date", "Deletion date: 28 May 2025", "Deletion date: 29 July 2025", true},
		{"twin: kept until", "We keep your backups until 28 May 2025.", "We keep your backups until 29 July 2025.", true},
		{"twin: a version number, no month", "Minimum app version for data export: 2.1", "Minimum app version for data export: 3.0", true},
		{"twin: another word changed beside the date", "Previous version: 28 May 2025", "Previous version: 29 July 2025, shared with advertisers", true},
		{"twin: a retention period in a version line", "Version of 28 May 2025: data kept for 30 days", "Version of 29 July 2025: data kept for 90 days", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
