package material

import "testing"

// TestOwnerPut: an owner and "own" put before a noun the other side
// wrote bare say whose it is, whatever else the sentence changed: the
// denial of b76-44 now covers only the author's marketing, though an
// item left it too (read "Same commitments, reworded"). The same edits
// with the owner already written, or none put, are judged as before.
func TestOwnerPut(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b76-44", "Use of Information",
			"omnie does not use customer data for marketing or independent purposes.",
			"omnie does not use customer data for its own marketing.", true},
		{"taken away, a list grown", "Use of Information",
			"omnie does not use customer data for its own marketing.",
			"omnie does not use customer data for marketing or other purposes.", true},
		{"put in a permission", "Use of Information",
			"We may use your data for marketing and analytics.",
			"We may use your data for our own marketing and for analytics.", true},
		// Not an owner put: the same owner, the words only reordered.
		{"no owner put", "Use of Information",
			"omnie does not use customer data for its own marketing or for analytics.",
			"omnie does not use customer data for analytics or for its own marketing.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
