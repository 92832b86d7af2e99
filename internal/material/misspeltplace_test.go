package material

import (
	"strings"
	"testing"
)

// TestMisspeltCountry: a country's name mended from a misspelling that
// names no country ("Columbia" → "Colombia", one letter substituted or two
// neighbours swapped) is the same place, not a new transfer destination
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
		// Twins.
		{"twin: two countries a letter apart", "We transfer data to Germany and Iran.", "We transfer data to Germany and Iraq.", true},
		{"twin: another country added beside", lead + "Columbia, India, and the United Kingdom.", lead + "Colombia, Peru, India, and the United Kingdom.", true},
		{"twin: not a slip", lead + "Cameroon, India, and the United Kingdom.", lead + "Colombia, India, and the United Kingdom.", true},
		{"twin: a country added", lead + "India, and the United Kingdom.", lead + "Colombia, India, and the United Kingdom.", true},
		{"twin: a country replaced by one a letter away", "We transfer data to Austria.", "We transfer data to Australia.", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
