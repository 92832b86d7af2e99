package material

import "testing"

// TestOnBehalfOf: "on behalf of X" is "for X", a complex preposition for
// a simple one; the party acted for, or what is done, changed beside it
// is still compared.
func TestOnBehalfOf(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b66-42", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie is a service provider (processor) that acts for its clients.", false},
		{"processes for the customer", "Data Processing",
			"OmniCRM processes such information only on behalf of the customer acting as Data Controller.",
			"OmniCRM processes such information only for the customer acting as Data Controller.", false},
		{"handled for customers", "Introduction",
			"It also explains how we handle personal data processed on behalf of our customers.",
			"It also explains how we handle personal data that we process for our customers.", false},
		// Material twins: another party acted for, or a purpose of the
		// author's own beside the customer's.
		{"another party", "Introduction",
			"It also explains how we handle personal data processed on behalf of our customers.",
			"It also explains how we handle personal data processed for our partners.", true},
		{"own purposes too", "Data Processing",
			"OmniCRM processes such information only on behalf of the customer acting as Data Controller.",
			"OmniCRM processes such information for the customer acting as Data Controller and for its own product analytics.", true},
		{"acts as controller", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a data controller for its clients.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
