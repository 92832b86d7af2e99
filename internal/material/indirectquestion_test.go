package material

import (
	"strings"
	"testing"
)

// TestIndirectQuestion holds b44-05's family: the thing the reader may
// know, named ("the types") or asked after ("what types"), is the same.
// Another thing asked after still counts.
func TestIndirectQuestion(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"'the types and the specific pieces' → 'what types …, and which specific pieces' (b44-05)", "Your U.S. State Privacy Rights",
			"1.  **Right to access your personal information**. Under applicable privacy laws, you have the right to know the types and the specific pieces of the personal information we have collected from you through the Site.",
			"1.  **Right to access your personal information**. Under applicable privacy laws, you have the right to know what types of personal information we have collected from you through the Site, and which specific pieces.", false},
		{"'the sources' → 'which sources'", "Your rights",
			"You can ask us to tell you the sources from which we obtained your personal data.",
			"You can ask us to tell you which sources we obtained your personal data from.", false},
		// Material twins.
		{"the categories, now the specific pieces", "Your rights",
			"You have the right to know the categories of personal information we have collected about you.",
			"You have the right to know what specific pieces of personal information we have collected about you.", true},
		{"the sources, now the purposes", "Your rights",
			"You can ask us to tell you the sources from which we obtained your personal data.",
			"You can ask us to tell you which purposes we use your personal data for.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
