package material

import (
	"strings"
	"testing"
)

// TestPartyColumn holds what batch 13 showed (b13-24): a row removed from
// GitHub's table of subprocessors, "| Segment | Data analytics platform |
// United States |", was filed as a tracker removed, because the row says
// analytics. A name in the column whose header names the parties ("Name
// of Subprocessor") is such a party. The same row under a header that
// names cookies, not parties, is still a tracker.
func TestPartyColumn(t *testing.T) {
	rb := Builtin()
	rows := "| Oracle | Corporate financial system | United States |\n| Segment | Data analytics cookies | United States |\n| Sendgrid | Transactional mail services provider | United States |"
	for _, tc := range []struct {
		name, header, cat string
	}{
		{"a column of subprocessors", "| Name of Subprocessor | Description of Processing | Location |\n|---|---|---|\n", "recipients"},
		{"a column of cookies", "| Cookie | Description | Location |\n|---|---|---|\n", "cookies"},
	} {
		old := tc.header + rows
		new := tc.header + strings.Replace(rows, "| Segment | Data analytics cookies | United States |\n", "", 1)
		rep, cats, why := judgeEdit(rb, "Who we work with", old, new)
		if !rep.Material || !cats[tc.cat] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want %s: %s", tc.name, rep.Material, cats, tc.cat, strings.Join(why, "; "))
		}
	}
}
