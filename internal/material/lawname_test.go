package material

import (
	"strings"
	"testing"
)

// TestLawNames: the name of a law ("the US Federal Stored Communications
// Act", "the Digital Services Act (DSA)") is not a party, whatever its
// capitals: a reason never reports it as a new recipient. A firm whose
// name holds a law's word ("Baker Law Group") is a party.
func TestLawNames(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		not, want         string // a word no reason may name as a party; one a reason must name
	}{
		{"Law enforcement", "If we receive a request to preserve data, we refuse unless compelled by a properly served subpoena.",
			"If we receive a request to preserve data, we refuse unless compelled by the US Federal Stored Communications Act, 18 U.S.C. Section 2703(f), or a properly served subpoena.", "Stored Communications", ""},
		{"Sharing", "We share data with courts when the law requires it.",
			"We share data with courts when the Digital Services Act requires it.", "Digital Services", ""},
		{"Sharing", "We share data with our lawyers when needed.",
			"We share data with our lawyers, Baker Law Group, when needed.", "", "Baker Law Group"},
		{"Sharing", "We share data with our advisers.",
			"We share data with our advisers and with Clearwater Code Labs.", "", "Clearwater Code Labs"},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if tc.not != "" && strings.Contains(all, tc.not) && strings.Contains(all, "recipient") {
			t.Errorf("%q: a law named as a party: %s", tc.new, all)
		}
		if tc.want != "" && (!rep.Material || !strings.Contains(all, tc.want)) {
			t.Errorf("%q: the new party %q not reported: %s", tc.new, tc.want, all)
		}
	}
}
