package material

import (
	"strings"
	"testing"
)

// TestBareSameSiteAddress holds b31-44 in other words: a web address
// written without its scheme ("Go to ico.org.uk/concerns") whose path
// changes to another page of the same site, nothing else changing. It is
// what an "https://" link to another page of the same site already is:
// the same contact, another page. Another site, or another word of the
// sentence changed with the address, or an address added, still counts.
func TestBareSameSiteAddress(t *testing.T) {
	rb := Builtin()
	const lodge = "You also have the right to lodge a complaint with the UK regulator, the Information Commissioner. "
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b31-44", "Contact us", lodge + "Go to ico.org.uk/concerns to find out more.", lodge + "Go to ico.org.uk/make-a-complaint to find out more.", false},
		{"www and a sentence's end", "Opting out",
			"To opt out of the sale of your data, visit example.com/opt-out.",
			"To opt out of the sale of your data, visit www.example.com/choices.", false},
		// Twins: still material.
		{"twin: another site", "Opting out",
			"To opt out of the sale of your data, visit example.com/opt-out.",
			"To opt out of the sale of your data, visit adpartner.com/opt-out.", true},
		{"twin: a permission beside the address", "Opting out",
			"To opt out of the sale of your data, visit example.com/opt-out.",
			"To opt out of the sale of your data, you may visit example.com/choices.", true},
		{"twin: an address added", "Contact us",
			"Go to ico.org.uk/concerns to complain.",
			"Go to ico.org.uk/concerns or edpb.europa.eu/complaints to complain.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
