package material

import (
	"strings"
	"testing"
)

// TestRowCellsLoneBar: a lone "|" is no table row. Dailymotion's policy
// had a table whose lead-in was that one mark, and reading its cells
// panicked ("slice bounds out of range [1:0]", ota-80 006): the change
// went to a reviewer as "redline's rules failed on this change".
func TestRowCellsLoneBar(t *testing.T) {
	for _, s := range []string{"|", " | ", "||"} {
		if got := rowCells(s); len(got) > 1 {
			t.Errorf("rowCells(%q) = %q", s, got)
		}
	}
	rep, _, why := judgeText(Builtin(), "# Policy\n\n|\n\n| Model | Provider |\n|---|---|\n| A | B |\n", "# Policy\n\n|\n\n| Model | Provider |\n|---|---|\n| A | B |\n| C | D |\n")
	for _, w := range why {
		if strings.Contains(w, "rules failed") {
			t.Errorf("a rule failed: %s (material=%v)", w, rep.Material)
		}
	}
}
