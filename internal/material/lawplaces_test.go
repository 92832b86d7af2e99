package material

import (
	"strings"
	"testing"
)

// TestLawPlaceExamples holds b22-21: "Laws in some US states, including
// California, Colorado, Connecticut, Utah, and Virginia, require us to
// provide residents with additional information" → "Laws in some US
// states require us to …". The places were examples of the states whose
// laws the sentence explains; "some US states" stays, and with it whom
// the section is for. Examples of the places of a law, dropped or added
// where the sentence keeps the open set they were taken from, change no
// commitment. The twins: examples of the places where data goes, or of
// the places whose residents hold a right; a set closed on the places
// ("Laws in California and Virginia"); another party among the examples;
// or a word changed beside them, stay material.
func TestLawPlaceExamples(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b22-21", "US Privacy Laws",
			"Laws in some US states, including California, Colorado, Connecticut, Utah, and Virginia, require us to provide residents with additional information about the categories of personal information we collect and share, where we get that personal information, and how and why we use it.",
			"Laws in some US states require us to provide residents with additional information about the categories of personal information we collect and share, where we get that personal information, and how and why we use it.", false},
		{"examples added, such as", "Your rights",
			"The privacy laws of certain countries give you the right to ask for a copy of your data.",
			"The privacy laws of certain countries, such as Brazil and Japan, give you the right to ask for a copy of your data.", false},
		{"jurisdictions in parentheses", "Your rights",
			"The laws of some jurisdictions (for example, Quebec and Ontario) require us to appoint a privacy officer.",
			"The laws of some jurisdictions require us to appoint a privacy officer.", false},
		{"twin: places data goes", "International transfers",
			"We transfer your data to some countries, including India and Brazil, where our support teams work.",
			"We transfer your data to some countries where our support teams work.", true},
		{"twin: residents who hold a right", "Your rights",
			"Residents of some states, including California and Virginia, have the right to opt out of the sale of their data.",
			"Residents of some states have the right to opt out of the sale of their data.", true},
		{"twin: the set closed on the places", "US Privacy Laws",
			"Laws in some US states, including California and Virginia, require us to provide residents with additional information.",
			"Laws in California and Virginia require us to provide residents with additional information.", true},
		{"twin: a word changed beside the examples", "US Privacy Laws",
			"Laws in some US states, including California and Virginia, require us to provide residents with additional information.",
			"Laws in some US states require us to provide residents with limited information.", true},
		{"twin: a company among the examples", "Sharing",
			"Laws in some countries, including Acme Analytics Ltd, require us to share your data with regulators.",
			"Laws in some countries require us to share your data with regulators.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
