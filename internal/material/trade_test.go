package material

import (
	"strings"
	"testing"
)

// TestOrdinaryTrades holds why the fallback is not made minor for every
// change whose words are outside the commitment vocabulary (batch 8's
// b8-38 "perform their duties" → "do their jobs", b8-43 "products you
// might like" → "products that may interest you"): a noun WordNet files
// as a thing, a place or a party carries the commitment of its sentence
// however ordinary it is. Where the traded words are ordinary verbs or
// nouns of activity the change is minor; where they name a thing, it
// stays "to confirm".
func TestOrdinaryTrades(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"tasks, work", "Security",
			"Staff may only access your data to carry out their tasks.",
			"Staff may only access your data to do their work.", false},
		{"access reworded", "Security",
			"Access to personal data is limited to staff who need it for their work.",
			"Only staff who need it for their work have access to personal data.", false},
		{"at rest, in transit", "Security",
			"We encrypt your data at rest.",
			"We encrypt your data in transit.", true},
		{"account, subscription", "Retention",
			"We delete your data when you close your account.",
			"We delete your data when you cancel your subscription.", true},
		{"calls, meetings", "What we collect",
			"We record your calls.",
			"We record your meetings.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
