package material

import "testing"

// TestCompanyFormWrittenOut: a company's form abbreviated on one side and
// written out on the other ("OmniCRM UK Ltd" → "OmniCRM UK Limited",
// b19-33) is the same company: "Limited" after a name is its form, not a
// limit (the fold reads "limited" as "restricted"). A limit said with
// "limited" next to the company, or a form after another name, is still
// compared.
func TestCompanyFormWrittenOut(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"1. Company information", "Legal Entity: OmniCRM UK Ltd", "Legal Entity: OmniCRM UK Limited", false},
		{"Who we are", "The controller of your data is Zentrova Ltd.", "The controller of your data is Zentrova Limited.", false},
		{"Who we are", "Zentrova Limited is the controller of your personal data.", "Zentrova Ltd. is the controller of your personal data.", false},
		{"Who we are", "The controller of your data is Zentrova Europe Ltd, 1 Main Street, Dublin.", "The controller of your data is Zentrova Europe Limited, 1 Main Street, Dublin.", false},
		{"Payments", "We share your card details with Quorbit Payments Ltd so that it can process your payments.", "We share your card details with Quorbit Payments Limited so that it can process your payments.", false},
		{"Who we are", "The controller of your data is Zentrova Inc.", "The controller of your data is Zentrova Incorporated.", false},
		// material twins
		{"Who we are", "The controller of your data is Zentrova Ltd.", "The controller of your data is Quorbit Limited.", true},
		{"Who we are", "The controller of your data is Zentrova Ltd.", "The controller of your data is Zentrova Payments Limited.", true},
		{"Payments", "We share your card details with Zentrova Ltd.", "We share your card details with Zentrova Limited and Quorbit Limited.", true},
		{"Access", "Zentrova Ltd. staff can access your data.", "Zentrova Limited staff access to your data is limited to support.", true},
		{"Access", "Access to your data by Zentrova Limited is limited to support staff.", "Access to your data by Zentrova Ltd is open to all staff.", true},
		{"Sharing", "We share your email address with Zentrova Ltd.", "We share your email address and phone number with Zentrova Limited.", true},
		{"Retention", "Zentrova Ltd keeps your data for 30 days.", "Zentrova Limited keeps your data for 90 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
