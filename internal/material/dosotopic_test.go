package material

import (
	"strings"
	"testing"
)

// TestDoSoTopic holds b45-31's family: "where we transfer …, we do so in
// accordance with …" says how every such act is made, as "transfers … are
// made in accordance with …" does, and a clause "applicable in" is one
// "that applies in". A condition of another kind dropped, or a force
// added to the main clause, still counts.
func TestDoSoTopic(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"'Where we transfer …, we do so' → 'Transfers … are made' (b45-31)", "Data Transfers",
			"Where we transfer personal information from the United Kingdom to a Restricted Country, we do so in accordance with the standard contractual clauses applicable in the United Kingdom.",
			"Transfers of personal information from the United Kingdom to a Restricted Country are made in accordance with the standard contractual clauses that apply in the United Kingdom.", false},
		{"'When we share …, we do so' → 'We share … only'", "Sharing",
			"When we share your personal data with our payment processor, we do so under a written contract.",
			"Our sharing of your personal data with our payment processor takes place under a written contract.", false},
		{"'the safeguards applicable to' → 'the safeguards that apply to'", "Data Transfers",
			"We rely on the safeguards applicable to transfers out of the European Economic Area.",
			"We rely on the safeguards that apply to transfers out of the European Economic Area.", false},
		// Material twins.
		{"a condition on the transfers dropped", "Data Transfers",
			"Where you ask us to, we transfer your personal information to the United States under the standard contractual clauses.",
			"We transfer your personal information to the United States under the standard contractual clauses.", true},
		{"'we do so' made 'we may do so'", "Data Transfers",
			"Where we transfer personal information to a Restricted Country, we do so in accordance with the standard contractual clauses.",
			"Where we transfer personal information to a Restricted Country, we may do so in accordance with the standard contractual clauses.", true},
		{"another clause: 'that we choose'", "Data Transfers",
			"We rely on the safeguards applicable to transfers out of the European Economic Area.",
			"We rely on the safeguards that we consider appropriate for transfers out of the European Economic Area.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
