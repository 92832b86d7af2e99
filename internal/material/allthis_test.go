package material

import "testing"

// TestAllThis: "all this" sums up what was said, no universal (b72-14);
// "all" before a set named after it still counts.
func TestAllThis(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b72-14 part", "How do we use your personal information?", "If you then decide to order any of our products or services, we need to provide them to you. And we need to use your details to do all this.",
			"If you then decide to order our products or services, we provide them to you and use your details to do this.", false},
		{"omnis seed", "How do we use your personal information?", "And we use your details to do all this.", "And we use your details to do this.", false},
		{"all of this", "Security", "We train our staff on all of this and review it yearly.", "We train our staff on this and review it yearly.", false},
		// Twins: a set named after "all".
		{"all this data", "Retention", "We delete all this data after 30 days.", "We delete some of this data after 30 days.", true},
		{"all data", "Security", "We encrypt all data at rest.", "We encrypt data at rest where possible.", true},
		{"all these", "Cookies", "All these cookies expire after a year.", "Most of these cookies expire after a year.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
