package material

import (
	"strings"
	"testing"
)

// restatedCase is an edit that says a commitment in another construction,
// or its twin, the same restructure with a real change of force or fact.
type restatedCase struct {
	name, heading, old, new string
	material                bool
}

func runRestated(t *testing.T, cases []restatedCase) {
	t.Helper()
	rb := Builtin()
	for _, tc := range cases {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestSequenceRestated: "after which", "and then", "once that period is
// over", "at the end of that period" order two steps; none is a condition.
// A passive restatement keeps the actor and the period. A real condition
// ("once we no longer need them"), a hedge or an exception is material.
// (Written before the rules were changed for b10-17 and b10-44.)
func TestSequenceRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"then, at the end of that period", "Call recordings",
			"Call recordings are stored for 30 days and then erased.",
			"We store call recordings for 30 days; at the end of that period we erase them.", false},
		{"then, a need instead of the period", "Call recordings",
			"Call recordings are stored for 30 days and then erased.",
			"We store call recordings for 30 days; once we no longer need them we erase them.", true},
		{"sentence split, once the days have passed", "CCTV",
			"We retain CCTV footage for 14 days, and we then overwrite it.",
			"We retain CCTV footage for 14 days. Once the 14 days have passed, the footage is overwritten.", false},
		{"sentence split, a real condition", "CCTV",
			"We retain CCTV footage for 14 days, and we then overwrite it.",
			"We retain CCTV footage for 14 days. Once an investigation is closed, the footage is overwritten.", true},
		{"after that", "Closing your account",
			"We delete your account data and then send you a confirmation email.",
			"We delete your account data. After that, we send you a confirmation email.", false},
		{"after that, hedged", "Closing your account",
			"We delete your account data and then send you a confirmation email.",
			"We delete your account data. After that, we may send you a confirmation email.", true},
		{"passive to active, same period", "Backups",
			"Backups are held for 35 days, after which they are overwritten.",
			"We hold backups for 35 days and overwrite them when that period ends.", false},
		{"passive to active, another period", "Backups",
			"Backups are held for 35 days, after which they are overwritten.",
			"We hold backups for 60 days and overwrite them when that period ends.", true},
		{"passive to active, an exception", "Backups",
			"Backups are held for 35 days, after which they are overwritten.",
			"We hold backups for 35 days and overwrite them when that period ends, unless a legal hold applies.", true},
		{"active to passive, kept", "Support",
			"We hold on to support tickets for two years, after which they are deleted.",
			"Support tickets are kept for two years and deleted once that period is over.", false},
		{"active to passive, kept longer", "Support",
			"We hold on to support tickets for two years, after which they are deleted.",
			"Support tickets are kept for as long as your account is open and deleted once that period is over.", true},
	})
}
