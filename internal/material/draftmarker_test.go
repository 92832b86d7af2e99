package material

import "testing"

// TestDraftMarkers holds a drafter's markers left in a published text:
// Desmos's privacy policy (desmosinc/policies, 2015) mended "(c - TODO fix
// copyright symbol issue)" to "(c)", read as "Removed recipient: TODO". A
// marker is no party; a party beside it still is.
func TestDraftMarkers(t *testing.T) {
	rb := Builtin()
	for _, tc := range [][3]string{
		{"Sharing", "We share your data with Stripe (TODO: confirm with legal) for payments.", "We share your data with Stripe for payments."},
		{"Retention", "We keep your invoices for seven years. TBD: FIXME", "We keep your invoices for seven years."},
	} {
		if rep, _, why := judgeEdit(rb, tc[0], tc[1], tc[2]); rep.Material {
			t.Errorf("%q → %q: material, want minor: %v", tc[1], tc[2], why)
		}
	}
	rep, cats, why := judgeEdit(rb, "Sharing", "We share your data with Stripe and TBD for payments.", "We share your data with Stripe and Adyen for payments.")
	wantCategoryNot(t, "a recipient named where the draft had TBD", rep, cats, why, "recipients", "")
}
