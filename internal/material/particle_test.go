package material

import (
	"strings"
	"testing"
)

// TestParticleNoDirection: the particle that finishes a phrasal verb
// ("carry out", "get in touch", "sign up") is no direction: a particle
// removed from one phrase and its opposite added to another reverses
// nothing. Written in the same place as its opposite, next to the same
// verb or before the same words, it reverses what the sentence says
// ("opt in to" → "opt out of", "are off by default" → "are turned on by
// default").
func TestParticleNoDirection(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"How we use your information", "We use it to contact you: to conduct market research. We may also contact you in relation to any questions you have raised.",
			"We use it to get in touch with you: to carry out market research. We may also contact you about any questions you have raised.", false},
		// material twins
		{"Marketing", "You may opt in to marketing emails at any time.", "You may opt out of marketing emails at any time.", true},
		{"Cookies", "Analytics cookies are off by default.", "Analytics cookies are turned on by default.", true},
		{"Cookies", "You can switch tracking off in your settings.", "You can switch tracking on in your settings.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	if !particlesApart([]string{"contact", "you", "in", "relation"}, "in", []string{"carry", "out", "market"}, "out") {
		t.Error("particles of two verbs read as one place")
	}
	if particlesApart([]string{"you", "may", "opt", "in", "to"}, "in", []string{"you", "may", "opt", "out", "of"}, "out") {
		t.Error("opt in → opt out read as two places")
	}
}
