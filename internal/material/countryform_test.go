package material

import (
	"strings"
	"testing"
)

// TestCountryForm: a legal form of one country's law traded for another
// form names a company of another country, another controller; a form of
// no one country traded for another ("Inc." → "LLC"), or a form written
// out, is the same company.
func TestCountryForm(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"TP-Link Corporation Limited (“TP-Link”, “we”) takes your privacy seriously.", "TP-LINK CORPORATION PTE. LTD. (“TP-Link”, “we”) takes your privacy seriously.", true},
		{"Example GmbH (“we”) is the controller of your personal data.", "Example Inc. (“we”) is the controller of your personal data.", true},
		{"Example Inc. (“we”) is the controller of your personal data.", "Example B.V. (“we”) is the controller of your personal data.", true},
		{"WhatsApp Inc. (“we”) is the controller of your personal data.", "WhatsApp LLC (“we”) is the controller of your personal data.", false},
		{"Example Pte. Ltd. (“we”) is the controller of your personal data.", "Example Pte Ltd (“we”) is the controller of your personal data.", false},
		{"Example GmbH (“we”) is the controller of your personal data.", "Example (“we”) is the controller of your personal data.", false},
	} {
		rep, _, why := judgeEdit(rb, "Who we are", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
