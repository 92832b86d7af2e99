package material

import (
	"strings"
	"testing"
)

// TestAnytimeRight: "at any time" taken from or given to a power of the
// user's is a term of that right, whatever the right acts on; said in
// other words it is the same term.
func TestAnytimeRight(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Your rights", "You can object to profiling at any time.", "You can object to profiling.", true},
		{"Marketing", "You may withdraw your consent to marketing at any time.", "You may withdraw your consent to marketing.", true},
		{"Your rights", "You have the right to object to direct marketing.", "You have the right to object to direct marketing at any time.", true},
		{"Your rights", "You can object to profiling at any time.", "At any time, you can object to profiling.", false},
		{"Marketing", "You may withdraw your consent to marketing at any time.", "You may withdraw your consent to marketing whenever you like.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestAnytimeMended: "at any" before a word it cannot be at ("at any
// without affecting …") has lost its "time", the only word the phrase can
// want there: mending it changes no term of the right. "at any time"
// given to a right that had no "at any", or taken away, is material.
// (Written for b16-28.)
func TestAnytimeMended(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-28", "7. Your rights",
			"right to withdraw your consent – when the processing is based on your consent, you can withdraw it at any without affecting the lawfulness of processing based on consent before its withdrawal.",
			"right to withdraw your consent – where processing is based on your consent, you can withdraw that consent at any time; withdrawing it does not affect the lawfulness of processing based on consent before the withdrawal.", false},
		{"at any without → at any time without", "Marketing",
			"You can unsubscribe at any without giving a reason.",
			"You can unsubscribe at any time without giving a reason.", false},
		{"at any, unless → at any time, unless", "Your rights",
			"You may object at any unless we show compelling grounds.",
			"You may object at any time unless we show compelling grounds.", false},
		{"at any time given", "Marketing",
			"You can unsubscribe without giving a reason.",
			"You can unsubscribe at any time without giving a reason.", true},
		{"at any dropped whole", "Your rights",
			"You may object at any unless we show compelling grounds.",
			"You may object unless we show compelling grounds.", true},
		{"at any store", "Your account",
			"You can collect your order at any of our stores.",
			"You can collect your order at any time.", true},
	})
}
