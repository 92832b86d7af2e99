package material

import (
	"strings"
	"testing"
)

// TestFrequencies: how often a thing is done is a quantity however it is
// written ("every year", "annually", "once a year"), and a commitment that
// loses it, or does it less often, changes.
func TestFrequencies(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Security", "We test our systems for weaknesses every year.", "We test our systems for weaknesses.", true},
		{"Security", "We review who has access to your data every six months.", "We review who has access to your data every year.", true},
		{"Security", "Backups of your data are tested monthly.", "Backups of your data are tested from time to time.", true},
		{"Security", "We test our systems for weaknesses every year.", "We test our systems for weaknesses annually.", false},
		{"Security", "We review who has access to your data every six months.", "Twice a year, we review who has access to your data.", false},
		{"Security", "Backups of your data are tested monthly.", "Backups of your data are tested every month.", false},
		// A quarter is a period only as the period of a rate: three
		// months. Left vague, or done half as often, it changes.
		{"Security", "Staff access to customer data is logged and reviewed every quarter.", "Staff access to customer data is logged and reviewed every three months.", false},
		{"Security", "Access rights are reviewed once a quarter.", "Access rights are reviewed quarterly.", false},
		{"Security", "Staff access to customer data is logged and reviewed every quarter.", "Staff access to customer data is logged and reviewed regularly.", true},
		{"Security", "Access rights are reviewed every quarter.", "Access rights are reviewed every two quarters.", true},
		{"Security", "Access rights are reviewed every quarter.", "Access rights are reviewed every year.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	for _, tc := range [][2]string{{"every year", "0.08333333333333333/mo"}, {"each day", "0.041666666666666664/h"},
		{"quarterly", "0.3333333333333333/mo"}, {"every 2 weeks", "0.002976190476190476/h"}, {"every request", ""},
		{"once a quarter", "0.3333333333333333/mo"}, {"a quarter of our users", ""}, {"every quarter of an hour", "1h"}} {
		if got := strings.Join(quantities(strings.Fields(tc[0])), " "); got != tc[1] {
			t.Errorf("quantities(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
}
