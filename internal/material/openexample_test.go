package material

import (
	"strings"
	"testing"
)

// TestExampleAbbrev holds b48-29: a name taken from examples introduced
// by "ex:" of a list that stays open ("any third party tracking or
// analytics services (ex: Google Analytics, Recaptcha, etc)") is still
// among what the sentence covers. A name taken from a closed list of who
// gets no data narrows the promise and counts.
func TestExampleAbbrev(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b48-29 an example dropped", "No Tracking. No Third Party Cookies or Analytics",
			"We do not use any third party tracking or analytics services (ex: Google Analytics, Recaptcha, etc). This is done to protect the privacy of our users.",
			"We do not use any third party tracking or analytics services (ex: Recaptcha, etc). This is done to protect the privacy of our users.", false},
		{"an open list of tools used", "Analytics",
			"We use privacy-friendly analytics tools (ex: Matomo, Plausible, etc.) to count visits.",
			"We use privacy-friendly analytics tools (ex: Plausible, etc.) to count visits.", false},
		{"twin: a name dropped from a closed list of who gets nothing", "Sharing",
			"We never share your data with Google, Meta or Zentrova.",
			"We never share your data with Google or Meta.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
