package material

import "testing"

// TestPointerDirection: a pointer within the text that keeps its
// direction but loses or gains the number of its section commits to
// nothing (b52-21); a sentence that also says more, or points elsewhere,
// is still read.
func TestPointerDirection(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b52-21 shape", "Essential and optional cookies", "Other optional cookies will be used based on your usage. We outline a summary of the types of cookies we use in Section 2.2 below.",
			"Other optional cookies will be used based on your usage. We outline a summary of the types of cookies we use below.", false},
		{"clause dropped", "Sharing", "We share your data with the service providers listed in Clause 7 below.",
			"We share your data with the service providers listed below.", false},
		{"paragraph above", "Your rights", "You may object to this processing as explained in paragraph 4(b) above.",
			"You may object to this processing as explained above.", false},
		// Twins: more said beside the pointer.
		{"new kind beside", "Essential and optional cookies", "We outline a summary of the types of cookies we use in Section 2.2 below.",
			"We outline a summary of the types of cookies and advertising pixels we use below.", true},
		{"another direction kept, new right dropped", "Your rights", "You may object to this processing or request its deletion as explained in Section 4 above.",
			"You may object to this processing as explained above.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
