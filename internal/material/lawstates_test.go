package material

import (
	"strings"
	"testing"
)

// TestLawStates: a place named as the states that set a law ("16 in EU
// member states that have set the GDPR age of digital consent at 16",
// b74-39) is whose law it is, no transfer destination: the change is read
// for its age; states named as where data is kept are a destination.
func TestLawStates(t *testing.T) {
	rb := Builtin()
	const old = "The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires). We do not knowingly collect personal information from children."
	for _, tc := range []struct {
		name, new, want string
	}{
		{"whose law (b74-39)", "The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires, for example 16 in EU member states that have set the GDPR age of digital consent at 16). We do not knowingly collect personal information from children.", "children"},
		{"where data is kept", "The Service is not intended for use by children under the age of 13 (or a higher age threshold where applicable law requires). We do not knowingly collect personal information from children, and we store data only in EU member states that host our servers.", "transfers"},
	} {
		rep, cats, why := judgeEdit(rb, "Children's Privacy", old, tc.new)
		if !rep.Material || !cats[tc.want] || tc.want != "transfers" && cats["transfers"] {
			t.Errorf("%s: material=%v, categories %v, want %s: %s", tc.name, rep.Material, cats, tc.want, strings.Join(why, "; "))
		}
	}
}
