package material

import (
	"strings"
	"testing"
)

// TestRelativeUseClause: "the companies we use" are the companies the
// sentence named: a relative clause that says the company uses the
// parties it names adds no party and no purpose. "We and the advertising
// and other data companies use cookies" → "We, and the advertising and
// other data companies we use, utilize cookies". A clause that says what
// the parties do with data still counts, and so does the clause under a
// limit: "we never sell your data to advertising companies we use" no
// longer forbids selling to others. (Written before the rules were
// changed for b12-04.)
func TestRelativeUseClause(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b12-04", "Information Collected",
			"*   We and the advertising and other data companies use cookies and Web beacons to manage the Platforms, tailor our communications with you, and personalize your experience on the Platforms.",
			"*   We, and the advertising and other data companies we use, utilize cookies and web beacons to manage the Platforms, tailor our communications with you, and personalize your experience on the Platforms.", false},
		{"the analytics providers we use", "Analytics",
			"Analytics providers process information about how you use the app.",
			"The analytics providers we use process information about how you use the app.", false},
		{"twin: providers who use your data for their own purposes", "Analytics",
			"Analytics providers process information about how you use the app.",
			"Analytics providers we share data with use it for their own purposes and process information about how you use the app.", true},
		{"twin: a prohibition narrowed to the companies we use", "Sharing",
			"We never sell your data to advertising companies.",
			"We never sell your data to advertising companies we use.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
