package material

import "testing"

// TestSubordinateBinding: a duty inside a clause of a case or a manner
// ("as required by law") is no duty of the predicate (b37-40); "required"
// traded for "permitted" in that clause (b25-37) still widens it.
func TestSubordinateBinding(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		// b37-40
		{"Information Sharing and Disclosure", "Specifically regarding data entered about your contacts (leads, members, etc.): This data belongs to you (the User/Subscriber). We process this data solely to provide the Service and will not access or share it except as necessary to operate the Service, provide support requested by you, or as required by law.",
			"Specifically regarding data entered about your contacts (leads, members, etc.): This data belongs to you (the User/Subscriber). We process this data only to provide the Service, and we access or share it only where necessary to operate the Service, provide support you have requested, or comply with the law.", false},
		{"Legal basis", "As required by applicable law, we keep invoices.", "To comply with applicable law, we keep invoices.", false},
		{"Sharing", "We disclose data to the police as legally required.", "We disclose data to the police to comply with the law.", false},
		// twins
		{"Data Sharing", "Information may be shared only:\n- With the client associated with the request\n- As required by law",
			"Information may be shared only:\n- With the client associated with the request\n- As permitted by law", true},
		{"Security", "Two-factor authentication is mandatory.", "Two-factor authentication is available.", true},
		{"Sharing", "We disclose data to the police where legally required.", "We disclose data to the police where legally allowed.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
