package material

import (
	"strings"
	"testing"
)

// TestAppositiveDefined holds b18-40 in other words: a common noun put
// before the words the other side says, those words now its definition
// in brackets ("individuals aged 18 years or older" → "adults
// (individuals aged 18 or over)"), names what they name: the definition
// is the criterion, and it is compared. Another criterion in the
// brackets, a definition that only gives examples or adds a class ("and
// …", "e.g. …"), or words added outside the brackets still count.
func TestAppositiveDefined(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-40", "17. AGE RESTRICTIONS",
			"The OmniCRM platform is intended for use by individuals aged 18 years or older.",
			"The OmniCRM platform is intended for use by adults (individuals aged 18 or over).", false},
		{"children defined by age", "Children",
			"We do not knowingly collect personal data from individuals under 16.",
			"We do not knowingly collect personal data from children (individuals under 16).", false},
		{"the noun dropped", "Children",
			"Our services are not directed to minors (persons under the age of 18).",
			"Our services are not directed to persons under the age of 18.", false},
		{"recipients defined by what they do", "Sharing",
			"We share your data with companies that process payments on our behalf.",
			"We share your data with processors (companies that process payments on our behalf).", false},
		// Twins: still material.
		{"twin: another age in the brackets", "17. AGE RESTRICTIONS",
			"The platform is intended for use by individuals aged 18 years or older.",
			"The platform is intended for use by adults (individuals aged 16 or over).", true},
		{"twin: a definition added to a noun kept", "17. AGE RESTRICTIONS",
			"The platform is intended for use by adults.",
			"The platform is intended for use by adults (individuals aged 16 or over).", true},
		{"twin: a class added in the brackets", "Sharing",
			"We share your data with service providers.",
			"We share your data with partners (advertisers and service providers).", true},
		{"twin: examples in the brackets", "Sharing",
			"We share your data with service providers.",
			"We share your data with partners (e.g. service providers).", true},
		{"twin: a clause added after the brackets", "17. AGE RESTRICTIONS",
			"The platform is intended for use by individuals aged 18 years or older.",
			"The platform is intended for use by adults (individuals aged 18 or over) who live in the United States.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
