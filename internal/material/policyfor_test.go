package material

import (
	"strings"
	"testing"
)

// TestPolicyFor: a pointer to the privacy policy of a group of people,
// put in or taken out, says which text governs whose data (Outbrain's
// landing page, ota-57 063, read as wording about no personal data); a
// statement that the site's operator is a data broker names its role
// (Taboola's, ota-57 041). Twins: a pointer to a policy that names no one
// it applies to; the same pointer reworded; the broker statement
// reworded.
func TestPolicyFor(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category                string
	}{
		{"a policy for another group pointed to", "Privacy policies",
			"To see the Privacy policy applicable to the Outbrain Users, please navigate [here](https://example.com/user-policy/).",
			"To see the Privacy policy applicable to the Outbrain Users, please navigate [here](https://example.com/user-policy/).\n\nTo see the Privacy policy applicable to the Outbrain DSP Users, please navigate [here](https://example.com/dsp/).", true, "scope"},
		{"a policy for a group, said available, taken out", "Privacy policies",
			"The Privacy Policy for job applicants is available [here](https://example.com/applicants).\n\nWe collect your name.",
			"We collect your name.", true, "scope"},
		{"the operator a data broker", "Data Broker Requirements", "",
			"The entity maintaining this website is a data broker under Texas law. To conduct business in Texas, a data broker must register with the Texas Secretary of State.", true, "identity"},
		// Twins.
		{"a pointer to a policy that names no one", "Privacy policies",
			"To see the Privacy policy applicable to the Outbrain Users, please navigate [here](https://example.com/user-policy/).",
			"To see the Privacy policy applicable to the Outbrain Users, please navigate [here](https://example.com/user-policy/).\n\nTo see our Privacy Policy in full, please navigate [here](https://example.com/privacy/).", false, ""},
		{"the same pointer reworded", "Privacy policies",
			"To see the Privacy policy applicable to the Outbrain Users, please navigate [here](https://example.com/user-policy/).",
			"To read the Privacy policy applicable to the Outbrain Users, please go [here](https://example.com/user-policy/).", false, ""},
		{"the broker statement reworded", "Data Broker Requirements",
			"The entity maintaining this website is a data broker under Texas law.",
			"The entity that maintains this website is a data broker under Texas law.", false, ""},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
		if tc.material && !cats[tc.category] {
			t.Errorf("%s: categories %v, want %s: %s", tc.name, cats, tc.category, strings.Join(why, "; "))
		}
	}
}
