package material

import (
	"strings"
	"testing"
)

// TestImpliedObject: a purpose said by its noun or by its verb with the
// object the verb implies ("for troubleshooting" → "so that we can
// troubleshoot problems"; "to fix problems" → "for fixing") says the same
// commitments: a noun of state that only says what the act works on is
// not a new fact. An object that names a thing (devices, illnesses for
// problems), a new purpose beside it, an act traded for another, or a
// weakened commitment stay material.
func TestImpliedObject(t *testing.T) {
	rb := Builtin()
	const h = "How we use your information"
	const old = "We use log data for troubleshooting."
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"the verb and its object", old, "We use log data so that we can troubleshoot problems.", false},
		{"the verb and its object (2)", old, "We use log data to troubleshoot problems.", false},
		{"the object dropped", "We use your IP address to fix problems with our servers.", "We use your IP address for fixing our servers.", false},
		{"in a list of purposes", "We process your data for troubleshooting and for the improvement of our services.", "We process your data to troubleshoot problems and to improve our services.", false},
		// Twins.
		{"twin: an object naming a thing", old, "We use log data so that we can troubleshoot devices.", true},
		{"twin: one object for another", "We use log data to diagnose problems.", "We use log data to diagnose illnesses.", true},
		{"twin: a purpose added", old, "We use log data so that we can troubleshoot problems and train our models.", true},
		{"twin: another act", old, "We use log data so that we can report problems to advertisers.", true},
		{"twin: a noun qualified", "Thunderbird receives basic information about your device.", "Thunderbird receives environment data from your device.", true},
		{"twin: a purpose dropped from the list", "We process your data for troubleshooting and for the improvement of our services.", "We process your data to troubleshoot problems.", true},
		{"twin: weakened", "We use log data only for troubleshooting.", "We use log data so that we can troubleshoot problems, among other things.", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
