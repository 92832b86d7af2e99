package material

import (
	"strings"
	"testing"
)

// TestMisspeltCountry: a country's name mended from a misspelling that
// names no country ("Columbia" → "Colombia", one letter substituted, two
// neighbours swapped, or one left out of a long name: "Lichtenstein" →
// "Liechtenstein") is the same place, not a new transfer destination
// (b33-15). Two countries a letter apart, a country added beside the
// mended one, a name that is not a slip of the country, or a short name
// stay material.
func TestMisspeltCountry(t *testing.T) {
	rb := Builtin()
	const h = "Processing Location"
	const lead = "Additionally, we may process information in multiple locations, including without limitation, the United States, Australia, Canada, "
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b33-15", lead + "Columbia, Dominican Republic, India, Israel, and the United Kingdom.", lead + "Colombia, Dominican Republic, India, Israel, and the United Kingdom.", false},
		{"letters swapped", "We transfer data to Germany and Sweedn.", "We transfer data to Germany and Sweden.", false},
		{"a letter left out (b59-13 in other words)", "If you live in Norway, Lichtenstein or Iceland, you have these rights.", "If you live in Norway, Liechtenstein or Iceland, you have these rights.", false},
		{"a letter doubled", "We transfer data to Germany and the Phillipines.", "We transfer data to Germany and the Philippines.", false},
		// Twins.
		{"twin: two countries a letter apart", "We transfer data to Germany and Iran.", "We transfer data to Germany and Iraq.", true},
		{"twin: another country added beside", lead + "Columbia, India, and the United Kingdom.", lead + "Colombia, Peru, India, and the United Kingdom.", true},
		{"twin: not a slip", lead + "Cameroon, India, and the United Kingdom.", lead + "Colombia, India, and the United Kingdom.", true},
		{"twin: a country added", lead + "India, and the United Kingdom.", lead + "Colombia, India, and the United Kingdom.", true},
		{"twin: a country replaced by one a letter away", "We transfer data to Austria.", "We transfer data to Australia.", true},
		{"twin: a long country added beside a word a letter off", "We transfer data to Germany.", "We transfer data to Germany and Argentina.", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
