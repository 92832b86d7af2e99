package material

import "testing"

// TestPresentDenial: a denial limited to the present promises nothing of
// tomorrow (rt's probe of the omnie seed, "does not currently
// independently host", read "not about personal data"); "currently" in a
// statement of fact is no force.
func TestPresentDenial(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"omnie seed", "Overview", "omnie operates within client-managed systems and does not independently host or control customer data.",
			"omnie operates within client-managed systems and does not currently independently host or control customer data.", true},
		{"at present", "AI", "We do not use your conversations to train our models.", "We do not at present use your conversations to train our models.", true},
		{"currently we do not", "Selling", "We do not sell personal information.", "We currently do not sell personal information.", true},
		{"a fact stays a fact", "Processors", "We use Stripe to process payments.", "We currently use Stripe to process payments.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
