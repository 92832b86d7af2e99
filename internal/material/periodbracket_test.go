package material

import "testing"

// TestPeriodRestatedInBrackets: a period restated in brackets in another
// unit is the same period when the two agree ("24 months (two years)")
// and a second, contradicting period when they do not ("24 months (a
// year)"): that was read as the rate "24 months a year" once folding
// dropped the bracket, and called the same quantity (found by the br
// helper, 2026-12-03). Rates stay rates.
func TestPeriodRestatedInBrackets(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"two years", "Retention",
			"We keep your account data for 24 months after you close your account.",
			"We keep your account data for 24 months (two years) after you close your account.", false},
		{"one year", "Retention",
			"We keep your account data for 12 months after you close your account.",
			"We keep your account data for 12 months (one year) after you close your account.", false},
		{"a year, contradicting", "Retention",
			"We keep your account data for 24 months after you close your account.",
			"We keep your account data for 24 months (a year) after you close your account.", true},
		{"a rate kept", "Security",
			"Our systems are monitored 24 hours a day.",
			"Our systems are monitored twenty-four hours a day.", false},
		{"a rate changed", "Security",
			"Our systems are monitored 24 hours a day.",
			"Our systems are monitored 12 hours a day.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
