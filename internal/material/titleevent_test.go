package material

import (
	"strings"
	"testing"
)

// TestTitleEventNamed: a title line that gains the event its text states
// ("Customer Platform Data" → "… After Cancellation" over "If a customer
// cancels their subscription", b79-08, read "Condition added") adds no
// condition. An event the text does not state, another period, a hedge
// or a case added in the text stay material.
func TestTitleEventNamed(t *testing.T) {
	rb := Builtin()
	const body = "If a customer cancels their subscription, they have 30 days to export their data. After this period, the data is permanently deleted from active systems."
	for _, tc := range []struct {
		name, old, new   string
		material         bool
		category, reason string
	}{
		{"b79-08", "Customer Platform Data\nIf a customer cancels their subscription: Customers have 30 days to export their data after this period, data is permanently deleted from active systems.",
			"Customer Platform Data After Cancellation\n" + body, false, "", "After Cancellation"},
		{"an event the text does not state", "Customer Platform Data\nCustomers have 30 days to export their data. After this period, the data is permanently deleted.",
			"Customer Platform Data After Cancellation\nCustomers have 30 days to export their data. After this period, the data is permanently deleted.", true, "", ""},
		{"another period", "Customer Platform Data\n" + body, "Customer Platform Data After Cancellation\n" + strings.Replace(body, "30 days", "60 days", 1), true, "retention", "60 days"},
		{"a hedge", "Customer Platform Data\n" + body, "Customer Platform Data After Cancellation\n" + strings.Replace(body, "the data is permanently deleted", "the data may be deleted", 1), true, "retention", "may"},
		{"a case added", "Customer Platform Data\n" + body, "Customer Platform Data After Cancellation\n" + strings.Replace(body, "cancels their subscription", "cancels or pauses their subscription", 1), true, "", "pauses"},
	} {
		rep, cats, why := judgeEdit(rb, "Data Retention", tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] || !strings.Contains(all, tc.reason) {
			t.Errorf("%s: material=%v %v, want %v %s (%q): %s", tc.name, rep.Material, cats, tc.material, tc.category, tc.reason, all)
		}
	}
}
