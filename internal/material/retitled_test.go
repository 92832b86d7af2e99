package material

import (
	"strings"
	"testing"
)

// TestHeadingRetitledApart: a heading put in place of another between the same
// neighbours is read as one title retitled. Its own words of force, a
// condition or a party under a controller's name are a change of what
// the text under it commits to; another topic's words are not, and the
// reason says the heading was retitled, not "reworded, on the same topic".
func TestHeadingRetitledApart(t *testing.T) {
	under := "\n\n- Contact records\n- Calendar events\n\n## Contact\n\nWrite to privacy@example.com.\n"
	for _, tc := range []struct {
		old, new string
		material bool
		why      string // in the reason
	}{
		// b100-43: the list under it becomes examples of what may be seen.
		{"## Information We Access", "## Examples of information we may see", true, "may see"},
		// b121-27, in its whole policy: a condition and a party.
		{"## Omniops Ltd", "## Omniops Ltd (or, after a sale of the business, its successor)", true, "successor"},
		// b25-09, b39-02, a real Energia update: another title.
		{"## What We Share", "## Law Enforcement Requests and Extenuating Circumstances", false, "Heading retitled"},
		{"## HOW WE PROTECT YOUR PERSONAL INFORMATION", "## DATA SECURITY", false, "Heading retitled"},
		{"## Request a callback", "## Energia Privacy Statement", false, "Heading retitled"},
		// Sharing half its words: a heading reworded, as before.
		{"## Retention", "## Data Retention", false, "same topic"},
	} {
		rep, _, why := judgeText(Builtin(), tc.old+under, tc.new+under)
		if rep.Material != tc.material || !strings.Contains(strings.Join(why, " "), tc.why) {
			t.Errorf("%q → %q: material=%v, want %v with %q: %s", tc.old, tc.new, rep.Material, tc.material, tc.why, strings.Join(why, "; "))
		}
	}
}
