package material

import (
	"strings"
	"testing"
)

// TestDwellingAsKept: data that "resides within" a place is data "held
// within" it (b79-45, read "Retention and deletion: 'Resides within' →
// 'Is held within'"). Another place, a period, a hedge, a condition or a
// dropped "only" beside the verb stay material.
func TestDwellingAsKept(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category, reason        string
	}{
		{"b79-45", "Data Storage and Retention", "- Resides within client-managed systems or third-party platforms", "- Is held within client-managed systems or third-party platforms", false, "", ""},
		{"resides → stored", "Data Storage", "Client data resides in the EU.", "Client data is stored in the EU.", false, "", ""},
		{"another place", "Data Storage", "Client data resides in the EU.", "Client data is held in the EU and the United States.", true, "transfers", "United States"},
		{"a place added after it", "Data Storage", "Client data resides within client-managed systems.", "Client data is held within client-managed systems and our backups.", true, "", "backups"},
		{"a period", "Data Storage", "Client data resides in the EU.", "Client data is held in the EU for 30 days.", true, "retention", "30 days"},
		{"a hedge", "Data Storage", "Client data resides in the EU.", "Client data may be held in the EU.", true, "", "may be held"},
		{"only dropped", "Data Storage", "Client data only resides in the EU.", "Client data is held in the EU.", true, "", "only"},
		{"a condition", "Data Storage", "Client data lives in the EU.", "Client data is kept in the EU until you delete it.", true, "retention", "until"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] || !strings.Contains(all, tc.reason) {
			t.Errorf("%s: material=%v %v, want %v %s (%q): %s", tc.name, rep.Material, cats, tc.material, tc.category, tc.reason, all)
		}
	}
}
