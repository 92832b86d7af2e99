package material

import "testing"

// TestUnableAsNotAble: "unable to" is "not able to", "cannot"; and
// "unavailable" is "not available": a negation said by a prefix, the
// same limit as the "not" it folds to (b21-32's last sentence). Twins
// stay material: the limit lifted, or the permission made a duty.
func TestUnableAsNotAble(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"may be unable to", "Cookies",
			"If you decline cookies, you may be unable to access particular areas of our website.",
			"If you decline cookies, you may not be able to access particular areas of our website.", false},
		{"cannot", "Your rights",
			"Where we cannot verify your identity, we will not be able to act on your request.",
			"Where we are unable to verify your identity, we will be unable to act on your request.", false},
		{"unavailable", "Cookies",
			"If you block cookies, some features of the service will be unavailable.",
			"If you block cookies, some features of the service will not be available.", false},
		// Twins: still material.
		{"twin: the limit lifted", "Cookies",
			"If you decline cookies, you may be unable to access particular areas of our website.",
			"If you decline cookies, you may be able to access particular areas of our website.", true},
		{"twin: available", "Cookies",
			"If you block cookies, some features of the service will be unavailable.",
			"If you block cookies, some features of the service will be available.", true},
		{"twin: a duty", "Your rights",
			"We are unable to verify the identity of every caller.",
			"We are not required to verify the identity of every caller.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
