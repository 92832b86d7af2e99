package material

import (
	"strings"
	"testing"
)

// TestInstrumentName: a country that opens the name of an instrument
// ("UK International Data Transfer Agreement") is part of that name, not
// a party or a place data goes to (instrumentname.go). b80-27 wrote the
// same mechanism with its acronym first and was reported as "Removed
// recipient: UK International". The twins keep the same construction and
// change a commitment: the mechanism dropped, another put for it, a new
// destination beside it.
func TestInstrumentName(t *testing.T) {
	rb := Builtin()
	const heading = "Transfer Mechanisms"
	const old = "  • UK International Data Transfer Agreement (IDTA): UK-approved transfer mechanism for data originating from the United Kingdom (post-Brexit requirement)"
	for _, tc := range []struct {
		name, old, new string
		material       bool
		category       string
	}{
		{"b80-27 the mechanism's name written with its acronym first", old,
			"  • UK IDTA (International Data Transfer Agreement): the transfer mechanism approved in the UK for data originating from the United Kingdom (post-Brexit requirement)", false, ""},
		{"twin: the mechanism dropped", "  • EU Standard Contractual Clauses (SCCs): for data originating from the EEA\n" + old,
			"  • EU Standard Contractual Clauses (SCCs): for data originating from the EEA", true, ""},
		// b80-27 as written: "post-Brexit" → "since Brexit" is left to a
		// reviewer to confirm, and no party is named.
		{"b80-27 as written", old,
			"  • UK IDTA (International Data Transfer Agreement): the transfer mechanism approved in the UK for data originating from the United Kingdom (required since Brexit)", false, "confirm"},
		{"twin: another mechanism put for it", old,
			"  • UK Binding Corporate Rules (BCRs): the transfer mechanism approved in the UK for data originating from the United Kingdom (required since Brexit)", true, "transfers"},
		{"twin: a destination added beside it", old,
			"  • UK IDTA (International Data Transfer Agreement): the transfer mechanism approved in the UK for data originating from the United Kingdom and sent to India (required since Brexit)", true, "transfers"},
	} {
		rep, cats, why := judgeEdit(rb, heading, tc.old, tc.new)
		if tc.category == "confirm" {
			for _, v := range rep.Verdicts {
				if v.Material && v.Certain {
					t.Errorf("%s: a certain material verdict: %s", tc.name, strings.Join(why, "; "))
				}
			}
		} else if rep.Material != tc.material || tc.material && tc.category != "" && !cats[tc.category] {
			t.Errorf("%s: material=%v %v, want %v %s: %s", tc.name, rep.Material, cats, tc.material, tc.category, strings.Join(why, "; "))
		}
		if p := namedParties(why, "UK International"); len(p) > 0 {
			t.Errorf("%s: a piece of the instrument's name reported as a party: %v", tc.name, p)
		}
	}
}
