package material

import "testing"

// TestEtcOfExamples: "etc." closing a list of examples, put in or taken
// away, commits to nothing (b52-01); closing a list that is not of
// examples, it keeps what is collected open, and dropping it or trading
// an item is still read.
func TestEtcOfExamples(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b52-01 shape", "Cookies", "We use cookies for various purposes, including to learn how people use the Services (e.g., through internal statistics, etc.) in order to improve them.",
			"We use cookies for various purposes, including to learn how people use the Services (e.g., through internal statistics) in order to improve them.", false},
		{"such as, etc. added", "Information We Collect", "Our servers record technical details such as your browser type and device model.",
			"Our servers record technical details such as your browser type, device model, etc.", false},
		{"for example, etc. dropped", "Cookies", "Cookies remember your choices, for example your language, your region, etc., so that pages load as you left them.",
			"Cookies remember your choices, for example your language and your region, so that pages load as you left them.", false},
		// Twins: "etc." that keeps a list of what is collected open, and
		// an example traded for another kind of data.
		{"open list closed", "Information We Collect", "We collect your name, e-mail address, phone number, etc.",
			"We collect your name, e-mail address and phone number.", true},
		{"example traded", "Cookies", "We use cookies for various purposes (e.g., internal statistics, etc.).",
			"We use cookies for various purposes (e.g., precise location tracking, etc.).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
