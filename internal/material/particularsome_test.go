package material

import "testing"

// TestParticularSome: "particular areas of our website" are "certain
// areas" and "some parts" of it (a partial quantifier, whichever noun
// names the share), and "Please note that" asks the reader to take note
// as "Bear in mind that" does (b21-32's last sentence, in part). Twins
// stay material: the share made the whole ("any part of"), dropped, and
// what the note introduces changed.
func TestParticularSome(t *testing.T) {
	rb := Builtin()
	const old = "Please note that if you decline cookies, you may be unable to access particular areas of our website."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"certain", "Cookies", old,
			"Please note that if you decline cookies, you may be unable to access certain areas of our website.", false},
		{"some parts", "Cookies", old,
			"Please note that if you decline cookies, you may be unable to access some parts of our website.", false},
		{"bear in mind", "Cookies", old,
			"Bear in mind that if you decline cookies, you may be unable to access particular areas of our website.", false},
		{"please note though", "Summary",
			"Please note though that it is provided for informational purposes only.",
			"Please note that it is provided for informational purposes only.", false},
		{"sections of", "Cookies",
			"Some areas of the service are only available to subscribers.",
			"Some sections of the service are only available to subscribers.", false},
		{"your particular needs only stresses", "Marketing",
			"We will tailor the service to your particular needs.",
			"We will tailor the service to your needs.", false},
		// Twins: still material.
		{"twin: any part of", "Cookies", old,
			"Please note that if you decline cookies, you may be unable to access any part of our website.", true},
		{"twin: some parts → any part", "Cookies",
			"If you decline cookies, you may be unable to access some parts of our website.",
			"If you decline cookies, you may be unable to access any part of our website.", true},
		{"twin: the share dropped", "Cookies", old,
			"Please note that if you decline cookies, you may be unable to access our website.", true},
		{"twin: what is noted changed", "Sharing",
			"Please note that we may share your data with our partners.",
			"Bear in mind that we will share your data with our partners.", true},
		{"twin: a limit lifted", "Cookies",
			"Please note that you cannot opt out of these cookies.",
			"Bear in mind that you can opt out of these cookies.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
