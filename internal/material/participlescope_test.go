package material

import "testing"

// TestParticipleScope: a participle after a noun says which ones, as a
// relative clause does; dropped, the commitment covers them all (b72-45).
// A participle pointing to a list in the text names the same ones.
func TestParticipleScope(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b72-45", "Data Sharing", "Information may be shared only:\n\n- With the client associated with the request\n- As required by law",
			"Information may be shared only:\n\n- With our clients\n- As required by law", true},
		{"a provider involved in the order", "Sharing", "We share your delivery address with the courier involved in your order.",
			"We share your delivery address with our couriers.", true},
		{"staff assigned to the account", "Security", "Your personal data can be accessed by the support staff assigned to your account.",
			"Your personal data can be accessed by our support staff.", true},
		{"an object still there: the same ones", "Sharing", "We share your delivery address with vendors based in the European Union.",
			"We share your delivery address with vendors located in the European Union.", false},
		{"a pointer participle", "Sharing", "We share your delivery address with the couriers listed in section 4.",
			"We share your delivery address with the couriers we list in section 4.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
