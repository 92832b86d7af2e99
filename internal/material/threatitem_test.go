package material

import (
	"strings"
	"testing"
)

// TestThreatItems: the harms a company protects data from are its
// security commitment, item by item. One dropped ("from unauthorised
// access, loss and alteration" → "… and loss") protects against less;
// one added, against more: material either way, under security. The same
// harms said in another order, or the list written another way, change
// nothing.
func TestThreatItems(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"We protect your data from unauthorised access, loss and alteration.", "We protect your data from unauthorised access and loss.", true},
		{"We protect your data against loss and theft.", "We protect your data against loss, theft and misuse.", true},
		{"Our safeguards secure your information against destruction, damage and loss.", "Our safeguards secure your information against damage and loss.", true},

		{"We protect your data from unauthorised access, loss and alteration.", "We protect your data from loss, alteration and unauthorised access.", false},
	} {
		rep, cats, why := judgeEdit(rb, "Security", tc.old, tc.new)
		if rep.Material != tc.material || tc.material && !cats["security"] {
			t.Errorf("%q → %q: material %v %v, want %v under security: %s", tc.old, tc.new, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
}
