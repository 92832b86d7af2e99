package material

import (
	"strings"
	"testing"
)

// TestOwnerAppositive holds b48-01: the parent group named in an
// appositive of the author ("CCM BENCHMARK GROUP, a company of the
// Figaro Group, is responsible") owns the author and receives nothing.
// A recipient's parent, and a parent data goes to (b48-03), still count.
func TestOwnerAppositive(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b48-01 the parent group named", "How is your data processed by CCM?",
			"CCM BENCHMARK GROUP is responsible for the collection and the processing of personal data.",
			"CCM BENCHMARK GROUP, a company of the Figaro Group, is responsible for the collection and the processing of personal data.", false},
		{"a member of the group", "Who we are",
			"Brightwell Media Ltd is responsible for your personal data.",
			"Brightwell Media Ltd, a member of the Quillon Group, is responsible for your personal data.", false},
		{"twin: data shared with the parent", "Sharing",
			"In no case will this data be transmitted to third parties without your prior consent.",
			"In no case will this data be transmitted to third parties without your prior consent, except to our parent company, Groupe Figaro, which may use it for its own advertising campaigns.", true},
		{"twin: a recipient and its parent", "Sharing",
			"We do not share your data.",
			"We share your data with Zentrova Ltd, a subsidiary of Quillon Holdings.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
