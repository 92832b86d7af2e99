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

// TestPresentDenialCommas: a denial limited to the present by words set
// off with commas ("does not, for the time being, independently store",
// b217-43) is limited as "does not currently store" is.
func TestPresentDenialCommas(t *testing.T) {
	const o = "Acme does not independently store your files outside your own workspace."
	runRestated(t, []restatedCase{
		{"for the time being, in commas", "Storage", o, "Acme does not, for the time being, independently store your files outside your own workspace.", true},
		{"at present, in commas", "Storage", o, "Acme does not, at present, independently store your files outside your own workspace.", true},
		{"a comma only", "Storage", o, "Acme does not, independently, store your files outside your own workspace.", false},
	})
}
