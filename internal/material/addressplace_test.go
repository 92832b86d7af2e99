package material

import (
	"slices"
	"strings"
	"testing"
)

// TestAddressPlace: the postal address of the authority the text names,
// written after its name (b74-10: "Information Commissioner's Office
// (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF,
// ico.org.uk"), names no new authority and no figure: it is where the
// same authority is reached. Another authority written before the same
// address, a town after a name the text did not write, or a period put
// beside the address, stays material.
func TestAddressPlace(t *testing.T) {
	rb := Builtin()
	const old = "You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office"
	for _, tc := range []struct {
		name, new string
		material  bool
		party     string // the name a reason must give, "" for none
	}{
		{"the authority's address (b74-10)", "You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, ico.org.uk", false, ""},
		{"another authority at it", "You also have the right to lodge a complaint with the UK supervisory authority: Zorvex Privacy Tribunal, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF", true, "Zorvex Privacy Tribunal"},
		{"a town of its own", "You also have the right to lodge a complaint with the UK supervisory authority: Information Commissioner's Office, or with Zorvex, Water Lane, Wilmslow", true, "Zorvex"},
		{"a period beside it", "You also have the right to lodge a complaint within 30 days with the UK supervisory authority: Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF", true, "30 days"},
	} {
		rep, _, why := judgeEdit(rb, "20. CONTACT INFORMATION", old, tc.new)
		named := slices.ContainsFunc(rep.Verdicts, func(v Verdict) bool { return v.Material && strings.HasSuffix(v.Rule, ".entity") })
		if rep.Material != tc.material || tc.party == "" && named || tc.party != "" && !strings.Contains(strings.Join(why, "; "), tc.party) {
			t.Errorf("%s: material=%v, a party named %v, want %v, %q: %s", tc.name, rep.Material, named, tc.material, tc.party, strings.Join(why, "; "))
		}
	}
}

func TestPostcodeWord(t *testing.T) {
	for w, want := range map[string]bool{"SK9": true, "5AF": true, "94043": true, "D02": true, "G2": true, "Cheshire": false, "ICO": false, "1": false, "v2": false} {
		if got := postcodeWord(w); got != want {
			t.Errorf("postcodeWord(%q) = %v, want %v", w, got, want)
		}
	}
}
