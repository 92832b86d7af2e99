package material

import "testing"

// TestAnnouncesBelow: a sentence that only announces what follows,
// reworded, commits to nothing (b52-36); one that says what is done, or
// a second sentence beside it, is still read.
func TestAnnouncesBelow(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
	}{
		{"b52-36", "What are these technologies used for?", "Below we describe the ways in which we may use cookies.",
			"Below we describe the purposes for which we use these technologies."},
		{"table below", "Cookies we use", "The table below lists the cookies we may place on your device.",
			"The table below sets out the cookies and pixels we place on your device."},
		{"this section", "How we use your data", "This section explains how we may use your personal data.",
			"This section describes the ways we use your personal data."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"what is done", "Cookies", "We may use cookies to remember your preferences.", "We use cookies to remember your preferences and to show you ads."},
		{"second sentence", "What are these technologies used for?", "Below we describe the ways in which we may use cookies.",
			"Below we describe the ways in which we may use cookies. We also share cookie data with advertisers."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); !rep.Material {
			t.Errorf("%s: minor, want material: %v", tc.name, why)
		}
	}
}
