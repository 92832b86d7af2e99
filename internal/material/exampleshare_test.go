package material

import (
	"strings"
	"testing"
)

// TestExampleSharing: an example that shares data with someone ("to
// protect our rights (for example by sharing it with our insurers)")
// gives data to someone: it is not an illustration of the sentence but a
// disclosure of its own, material. An example that names nothing new, nor
// any sharing, stays minor.
func TestExampleSharing(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Sharing", "We may disclose information to protect our rights.", "We may disclose information to protect our rights (for example by sharing the request with our legal advisers).", true},
		{"Legal", "We may use information to protect our rights.", "We may use information to protect our rights (for example by sharing it with our insurers).", true},
		{"Legal", "We keep records to defend legal claims.", "We keep records to defend legal claims (such as by disclosing them to our auditors).", true},
		// what the example shares is named, whoever it is given to: in
		// doubt, a reviewer confirms
		{"Sharing", "We may share your data with partners to deliver orders.", "We may share your data with partners to deliver orders (for example, sharing your address with the courier).", true},

		{"Cookies", "We use cookies for session management.", "We use cookies for session management (for example, keeping you signed in).", false},
		{"Sharing", "We share data with service providers.", "We share data with service providers (for example, our hosting company).", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
