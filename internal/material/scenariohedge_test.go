package material

import "testing"

// TestScenarioHedge: "in certain scenarios" hedges as "in certain
// situations" does, one class of nouns of occasion (the omnis seed:
// "we may share your personal information in certain scenarios");
// the hedge added where there was none, or taken away, is still a change.
func TestScenarioHedge(t *testing.T) {
	rb := Builtin()
	const h = "Who might we share your personal information with?"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"scenarios → situations", "Other organisations and individuals – we may share your personal information in certain scenarios. For example:",
			"Other organisations and individuals – we may share your personal information in certain situations. For example:", false},
		{"some scenarios → some cases", "We may disclose your data to the police in some scenarios.", "We may disclose your data to the police in some cases.", false},
		{"twin: hedge added", "We disclose your data to the police.", "We disclose your data to the police in certain scenarios.", true},
		{"twin: hedge lifted", "We share your data with our partners in certain scenarios.", "We share your data with our partners.", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
