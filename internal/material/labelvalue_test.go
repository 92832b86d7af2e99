package material

import (
	"strings"
	"testing"
)

// TestLabelledValue: a period given after its label, the label kept, is
// what its heading says the list gives ("Data Retention", then
// "Analytics Data: 180 days"), though a word of another category labels
// it; a heading that names no category leaves the words near the number
// to decide, and the change is material either way.
func TestLabelledValue(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new, category string
	}{
		{"Data Retention", "- Analytics Data: 180 days", "- Analytics Data: 9 months", "retention"},
		{"How long we keep your data", "- **Marketing preferences:** 24 months", "- **Marketing preferences:** 36 months", "retention"},
		{"Changes to this policy", "- Notice period: 30 days", "- Notice period: 14 days", "notice"},
		// A count is what its label counts, whatever the heading. (A
		// count of requests received, a figure reported of past events,
		// commits to nothing: reportedfigure.go. A count the reader is
		// allowed is a term.)
		{"How we use requests data", "- Free requests per year: 2 requests", "- Free requests per year: 3 requests", "rights"},
		// A heading of no category: the words near the number decide.
		{"Overview", "- Analytics data: kept for 180 days", "- Analytics data: kept for 9 months", "retention"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.category] {
			t.Errorf("%q → %q under %q: material=%v, categories %v, want %s: %s", tc.old, tc.new, tc.heading, rep.Material, cats, tc.category, strings.Join(why, "; "))
		}
	}
}
