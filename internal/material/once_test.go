package material

import (
	"strings"
	"testing"
)

// TestOnceCountsOnlyAsAFrequency: "once" and "twice" are numbers in "once
// a year" and "twice per month", and nothing of the kind in "at once" or
// "once you close your account". Read as the number 1, "immediately" →
// "at once" was reported as "Retention and deletion: once added".
func TestOnceCountsOnlyAsAFrequency(t *testing.T) {
	for _, tc := range []struct {
		w, text string
		want    bool
	}{
		{"once", "we delete the data at once", false},
		{"once", "once you close your account we delete it", false},
		{"once", "once again we remind you", false},
		{"once", "we review it once a year", true},
		{"twice", "backups run twice per month", true},
		{"once", "we test once every 6 months", true},
		{"two", "two processors", true},
	} {
		if got := counts(tc.w, strings.Fields(tc.text)); got != tc.want {
			t.Errorf("counts(%q, %q) = %v, want %v", tc.w, tc.text, got, tc.want)
		}
	}
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Deletion", "When you ask us to, we delete the data immediately.", "When you ask us to, we delete the data at once.", false},
		{"Deletion", "Once you close your account, we delete your data within 30 days.", "After you close your account, we delete your data within 30 days.", false},
		{"Deletion", "Once you close your account, we delete your data within 30 days.", "Once you close your account, we delete your data within 90 days.", true},
		{"Security", "We test our recovery procedures once a year.", "We test our recovery procedures twice a year.", true},
		{"Security", "We test our recovery procedures once a year.", "We test our recovery procedures.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestNumberLike holds numberLike to the words it stands before: every
// number word passes it.
func TestNumberLike(t *testing.T) {
	for w := range numberValue {
		if !numberLike(w) {
			t.Errorf("numberLike(%q) = false", w)
		}
	}
	for w := range scaleValue {
		if !numberLike(w) {
			t.Errorf("numberLike(%q) = false", w)
		}
	}
}
