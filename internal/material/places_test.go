package material

import (
	"strings"
	"testing"
)

// TestPlacesQualifier holds the family of batch 8's b8-14: a qualifier of
// places dropped from a name ("EU-U.S. Data Privacy Framework" → "Data
// Privacy Framework") where the sentence still names those places is no
// change of where data goes; where a place is no longer named, or another
// is, it stays material.
func TestPlacesQualifier(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"qualifier dropped, places still named", "International transfers",
			"Transfers to our parent company rely on the EU-U.S. Data Privacy Framework, which covers personal data sent from the European Union to the United States.",
			"Transfers to our parent company rely on the Data Privacy Framework, which covers personal data sent from the European Union to the United States.", false},
		{"bridge written without its places", "International transfers",
			"For personal data sent from the United Kingdom to the U.S., we rely on the UK-U.S. data bridge.",
			"For personal data sent from the United Kingdom to the U.S., we rely on the data bridge.", false},
		{"places no longer named", "International transfers",
			"Our transfers of personal data rely on the EU-U.S. Data Privacy Framework.",
			"Our transfers of personal data rely on the Data Privacy Framework.", true},
		{"another place", "International transfers",
			"For personal data sent from the United Kingdom to the U.S., we rely on the UK-U.S. data bridge.",
			"For personal data sent from the United Kingdom to India, we rely on the data bridge.", true},
		{"same places, a longer period", "International transfers",
			"Personal data sent from the European Union to the U.S. under the EU-U.S. Data Privacy Framework is kept for 30 days.",
			"Personal data sent from the European Union to the U.S. under the Data Privacy Framework is kept for 90 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
