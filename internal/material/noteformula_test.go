package material

import "testing"

// TestAttentionFormulas: "please be aware", "please be advised" and
// "please note" call attention to what follows and commit to nothing;
// what follows is still compared.
func TestAttentionFormulas(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b37-11", "8) CALIFORNIA CONSUMER PRIVACY ACT NOTICE",
			"Please note that, in some instances, we may decline to honor your request where, for example, we are unable to verify your identity or an exception to this right applies.",
			"Please be aware that we may, in some cases, decline to honor your request, for example where we cannot verify your identity or where an exception to this right applies.", false},
		{"marketing stop", "Marketing",
			"Please note that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.",
			"Please be aware that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.", false},
		{"verify identity", "Your Rights",
			"Please be advised that we may need to verify your identity before responding to your request.",
			"Please note that we may need to verify your identity before responding to your request.", false},
		// Material twins: what follows the formula changed.
		{"marketing stop, a period", "Marketing",
			"Please note that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.",
			"Please be aware that it can take up to 60 days for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.", true},
		{"verify identity, more data", "Your Rights",
			"Please be advised that we may need to verify your identity before responding to your request.",
			"Please note that we may need a copy of your passport before responding to your request.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
