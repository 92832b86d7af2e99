package material

import (
	"strings"
	"testing"
)

// TestPeriodOfOne: "a year after the case is closed" states a period of
// one year, as "one year after" does; it was read as no number, and a
// deletion moved from the case's close to a year later was called the
// same commitment. The period of a rate is not read again.
func TestPeriodOfOne(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"we delete your recordings a year after the case is closed", "12mo"},
		{"we keep logs for a month", "1mo"},
		{"we review access once a year", "0.08333333333333333/mo"},
		{"support is staffed 24 hours a day", "24h"},
		{"we send a reminder 3 times a week", "0.017857142857142856/h"},
	} {
		if got := strings.Join(quantities(strings.Fields(tc.text)), " "); got != tc.want {
			t.Errorf("%q: quantities %q, want %q", tc.text, got, tc.want)
		}
	}
	rep, _, why := judgeEdit(Builtin(), "Retention",
		"We will delete your recordings once the case is closed.",
		"We will delete your recordings a year after the case is closed.")
	if !rep.Material {
		t.Errorf("a year added before deletion: want material: %s", strings.Join(why, "; "))
	}
}
