package material

import "testing"

// TestOppositesShareNoMeaning: WordNet files an adjective's satellites
// under the head of their cluster, so a word can come out as the opposite
// of its own synonym ("used" and "utilised" both mean "put to use"). Two
// words that share a sense are never opposites, and a sentence that swaps
// one for the other reverses nothing.
func TestOppositesShareNoMeaning(t *testing.T) {
	wn := wordNet()
	for _, tc := range []struct {
		a, b     string
		opposite bool
	}{
		{"used", "utilised", false},
		{"used", "utilized", false},
		{"used", "unused", true},
		{"on", "off", true},
		{"include", "exclude", true},
		{"public", "private", true},
	} {
		if got := wn.opposite(tc.a, tc.b) || wn.opposite(tc.b, tc.a); got != tc.opposite {
			t.Errorf("opposite(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.opposite)
		}
	}
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"Personal data is used solely for the purposes below.", "Personal data is utilised solely for the purposes below.", false},
		{"Personal data is used solely for the purposes below.", "Personal data is utilized solely for the purposes below.", false},
		{"Analytics cookies are off by default.", "Analytics cookies are on by default.", true},
	} {
		rep, _, why := judgeEdit(rb, "Use of information", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestVerbForAdjective: a verb is no opposite of an adjective: "correction
// of inaccurate information" → "to have us correct information that is
// wrong" (b223-15) reverses nothing; the adjective traded for its
// opposite still does.
func TestVerbForAdjective(t *testing.T) {
	const o = "You have the right to correction of inaccurate personal information we hold about you."
	runRestated(t, []restatedCase{
		{"the verb of the right", "Rights", o, "You have the right to have us correct personal information about you that is wrong.", false},
		{"twin: the adjective's opposite", "Rights", o, "You have the right to correction of accurate personal information we hold about you.", true},
	})
}
