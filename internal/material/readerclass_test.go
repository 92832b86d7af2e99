package material

import (
	"strings"
	"testing"
)

// TestReaderAsClass: a condition on who the reader is ("If you are a
// California resident, the CCPA gives you …") said as the class it names
// ("California residents have … under the CCPA") holds for the same
// people (b17-37). Another class, a condition kept beside it, a law or a
// right added, stays material.
func TestReaderAsClass(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"If you are a California resident, the California Consumer Privacy Act (CCPA) and California Privacy Rights Act (CPRA) provide you with additional rights.",
			"California residents have additional rights under the California Consumer Privacy Act (CCPA) and the California Privacy Rights Act (CPRA).", false},
		{"If you are a resident of the EEA, the GDPR provides you with further rights.",
			"Residents of the EEA have further rights under the GDPR.", false},
		{"If you are a Nevada resident, Nevada law grants you additional rights, described below.",
			"Nevada residents have additional rights under Nevada law, described below.", false},
		// Another class, a condition kept, a law or a right added.
		{"If you are a California resident, the CCPA provides you with additional rights.",
			"All users have additional rights under the CCPA.", true},
		{"If you are a California resident, the CCPA provides you with additional rights.",
			"Residents have additional rights under the CCPA.", true},
		{"If you are a California resident and have an account, the CCPA provides you with additional rights.",
			"California residents have additional rights under the CCPA.", true},
		{"If you are a California resident, the CCPA provides you with additional rights.",
			"California residents have additional rights under the CCPA and the Virginia Consumer Data Protection Act.", true},
		{"If you are a California resident, the CCPA provides you with the right to delete your data.",
			"California residents have the right to delete and correct their data under the CCPA.", true},
		{"If you are a resident of the EEA, the GDPR provides you with further rights.",
			"Residents of the EEA and the UK have further rights under the GDPR.", true},
		{"If you are a resident of the EEA, the GDPR provides you with further rights.",
			"Residents have further rights under the GDPR.", true},
	} {
		rep, _, why := judgeEdit(rb, "Your privacy rights", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
