package material

import (
	"strings"
	"testing"
)

// TestStateSaidAsForm holds the family of a state of the data said by its
// participle or by a phrase of form: "Data files are encrypted and
// provided by secure means" is "Data files are provided in encrypted form
// by secure means" (b34-24), "anonymised" is "in anonymised form". The
// noun is set aside only where nothing else in the sentence changed:
// another state, a dropped safeguard, a new recipient or a hedge still
// count.
func TestStateSaidAsForm(t *testing.T) {
	rb := Builtin()
	const head = "Provision of anonymized information to third parties"
	const files = "Data files are encrypted and provided by secure means."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b34-24: in encrypted form", head, files, "Data files are provided in encrypted form by secure means.", false},
		{"in an encrypted format", head, files, "Data files are provided in an encrypted format by secure means.", false},
		{"in aggregated form, the other way", "Sharing",
			"We share usage statistics with advertisers in aggregated form.",
			"We share usage statistics with advertisers aggregated.", false},
		// Material twins.
		{"another state", head, files, "Data files are provided in pseudonymised form by secure means.", true},
		{"unencrypted", head, files, "Data files are provided in unencrypted form by secure means.", true},
		{"the secure means dropped", head, files, "Data files are provided in encrypted form.", true},
		{"insecure means", head, files, "Data files are provided in encrypted form by insecure means.", true},
		{"a hedge", head, files, "Data files are provided in encrypted form by secure means where possible.", true},
		{"a new recipient", head, files, "Data files are provided in encrypted form by secure means to our partners.", true},
		{"the state dropped", "Sharing",
			"We share usage statistics with advertisers in aggregated form.",
			"We share usage statistics with advertisers.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
