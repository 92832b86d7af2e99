package material

import (
	"strings"
	"testing"
)

// TestPointerPartyTraded: a pointer to a party's own terms for its use of
// the reader's data, naming another party, names another recipient
// (b59-15). Twins: the same party's pointer reworded stays minor.
func TestPointerPartyTraded(t *testing.T) {
	rb := Builtin()
	for _, tc := range [][2]string{
		{"*   Please see Stripe’s terms of service and privacy policy for information on its use and storage of your Personal Data.", "*   Please see Paddle’s terms of service and privacy policy for information on its use and storage of your Personal Data."},
		{"For how it handles your card details, see Braintree's privacy notice.", "For how it handles your card details, see Adyen's privacy notice."},
	} {
		wantOnlyCategory(t, rb, tc[0], "How We Share Your Personal Data", tc[0], tc[1], "recipients")
	}
	for _, tc := range [][2]string{
		{"*   Please see Stripe’s terms of service and privacy policy for information on its use and storage of your Personal Data.", "*   Please read Stripe’s terms of service and privacy policy for details of its use and storage of your Personal Data."},
	} {
		if rep, _, why := judgeEdit(rb, "How We Share Your Personal Data", tc[0], tc[1]); rep.Material {
			t.Errorf("%s: material, want minor: %s", tc[1], strings.Join(why, "; "))
		}
	}
}
