package material

import (
	"strings"
	"testing"
)

// TestNumberDialledFrom: a phone number given again in its international
// form, with words saying who dials it, is the same number (b76-29, read
// as a new transfer destination, the UK). Twins: another number beside the
// same words, a number for another office, and the same number beside a
// new fact about the calls, stay material.
func TestNumberDialledFrom(t *testing.T) {
	const heading, old = "Supervisory Authority", "Phone: 0303 123 1113"
	rb := Builtin()
	for _, tc := range []struct {
		new      string
		material bool
	}{
		{"Phone: 0303 123 1113 (from outside the UK: +44 303 123 1113)", false},
		{"Phone: 0303 123 1113 (international: +44 303 123 1113)", false},
		{"Phone: 0303 123 1113 (+44 303 123 1113 if you are calling from abroad)", false},
		{"Phone: 0303 123 1113 (from outside the UK: +44 303 123 9999)", true},
		{"Phone: 0303 123 1113 (our US office: +1 212 555 0100)", true},
		{"Phone: 0303 123 1113 (from our UK office: +44 303 123 1113)", true},
		{"Phone: 0303 123 1113 (from outside the UK, calls are recorded: +44 303 123 1113)", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q: material=%v, want %v: %s", tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
		// Taken away, the international form leaves the same number.
		if rep, _, why := judgeEdit(rb, heading, tc.new, old); rep.Material != tc.material {
			t.Errorf("%q removed: material=%v, want %v: %s", tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
