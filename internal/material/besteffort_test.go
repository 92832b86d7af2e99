package material

import (
	"strings"
	"testing"
)

// TestBestEffort: "best effort" and "reasonable effort" are the aspiration
// "best efforts" and "reasonable efforts" are, in the singular: a
// commitment only to try. "make a best-effort attempt to respect" is "make
// our best effort to honour"; the twins, a plain commitment made an effort
// ("We will respect" → "We will make a best effort to respect") and an
// effort made a plain commitment, stay material. "Our very best" and
// "our utmost" try as "our best" does (b140-19).
func TestBestEffort(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Do Not Track", "We will nonetheless make a best-effort attempt to respect Do Not Track browser requests.", "We will still make our best effort to honour Do Not Track browser requests.", false},
		{"Security", "We use reasonable efforts to protect your personal data.", "We use reasonable effort to protect your personal data.", false},

		{"Do Not Track", "We will respect Do Not Track browser requests.", "We will make a best effort to respect Do Not Track browser requests.", true},
		{"Security breaches", "We will notify you of a breach within 72 hours.", "We will make our best effort to notify you of a breach within 72 hours.", true},
		{"Do Not Track", "We will make a best effort to respect Do Not Track browser requests.", "We will respect Do Not Track browser requests.", true},
		{"Security", "We use reasonable effort to protect your personal data.", "We protect your personal data.", true},
		{"Retention", "We will never retain your personal information for longer than is necessary.", "We do our very best not to keep your personal information for longer than is necessary.", true},
		{"Retention", "We will never retain your personal information for longer than is necessary.", "We do our utmost not to keep your personal information for longer than is necessary.", true},
		{"Retention", "We do our best not to keep your personal information for longer than is necessary.", "We do our very best not to keep your personal information for longer than is necessary.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
