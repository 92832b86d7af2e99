package material

import (
	"strings"
	"testing"
)

// TestLatterNamed: "the latter" or "the former" written as the noun it
// points back to names the same party (b13-38). Another noun in its
// place, the other one of the two, stays material.
func TestLatterNamed(t *testing.T) {
	rb := Builtin()
	const loan = "Loan applications are assessed by our scoring model and by a credit officer; the latter makes the final decision and can overrule the model."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b13-38", "Automated decision-making", loan,
			"Loan applications are assessed by our scoring model and by a credit officer, and it is the credit officer who makes the final decision and can overrule the model.", false},
		{"the latter, plainly", "Automated decision-making", loan,
			"Loan applications are assessed by our scoring model and by a credit officer; the credit officer makes the final decision and can overrule the model.", false},
		{"the former", "Who we share your data with", "We share your order details with our courier and with our payment provider; the former uses them only to deliver your parcel.",
			"We share your order details with our courier and with our payment provider; the courier uses them only to deliver your parcel.", false},
		{"the noun written as the latter", "Automated decision-making",
			"Loan applications are assessed by our scoring model and by a credit officer; the credit officer makes the final decision.",
			"Loan applications are assessed by our scoring model and by a credit officer; the latter makes the final decision.", false},
		// The other of the two, or another party.
		{"twin: the model decides", "Automated decision-making", loan,
			"Loan applications are assessed by our scoring model and by a credit officer; the scoring model makes the final decision and can overrule the officer.", true},
		{"twin: another party for the latter", "Automated decision-making", loan,
			"Loan applications are assessed by our scoring model and by a credit officer; the credit bureau makes the final decision and can overrule the model.", true},
		{"twin: the latter for the former", "Who we share your data with", "We share your order details with our courier and with our payment provider; the former uses them only to deliver your parcel.",
			"We share your order details with our courier and with our payment provider; the payment provider uses them only to deliver your parcel.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
