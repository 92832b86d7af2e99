package material

import (
	"strings"
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// TestChangeLogEntry: a dated entry added to the policy's log of its own
// changes records a change made elsewhere, judged where it is made
// (automattic-033, "_July 12, 2023_: Add new example of information
// shared with site owners." read as a new recipient). Twins: the same
// line under a heading that is no change log, and a commitment written
// into the log beside an entry, are judged as any text is.
func TestChangeLogEntry(t *testing.T) {
	const top = "# Privacy Policy\n\nWe share information about you with site owners when you comment on their sites.\n\n"
	doc := func(heading, items string) []byte {
		return []byte(top + "### " + heading + "\n\n" + items + "*   _March 17, 2022_: Remove references to WPVIP.\n")
	}
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, added string
		material             bool
	}{
		{"an entry added", "Change log", "*   _July 12, 2023_: Add new example of information shared with site owners.\n", false},
		{"an entry added, ISO date", "Revision history", "*   2023-07-12 — Added a new example of information shared with site owners.\n", false},
		{"twin: the line under another heading", "Sharing Information", "*   _July 12, 2023_: We share your email address with advertisers.\n", true},
		{"twin: a commitment beside an entry", "Change log", "*   _July 12, 2023_: Add new example of information shared with site owners.\n*   We share your email address with advertisers.\n", true},
	} {
		rep := Classify(redline.Diff(doc(tc.heading, ""), doc(tc.heading, tc.added)), rb)
		if rep.Material != tc.material {
			var why []string
			for _, v := range rep.Verdicts {
				why = append(why, v.Rule+": "+v.Reason)
			}
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
