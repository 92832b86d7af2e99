package material

import (
	"strings"
	"testing"
)

// TestItemAddedAcrossVerbForms: a purpose added beside one whose verb
// changed form ("for improving" → "to improve and market") is an item
// added; the verb's form alone changes nothing.
func TestItemAddedAcrossVerbForms(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"We use your data for improving our services.", "We use your data to improve and market our services.", true},
		{"We use your data for improving our services.", "We use your data to improve our services.", false},
		{"We use your data for improving and marketing our services.", "We use your data to improve our services.", true},
	} {
		rep, cats, why := judgeEdit(rb, "How we use your data", tc.old, tc.new)
		if rep.Material != tc.material || tc.material && !cats["purposes"] {
			t.Errorf("%q → %q: material=%v (%v), want %v in purposes: %s", tc.old, tc.new, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestHowToSwitchOff: a sentence that tells the reader how to switch off
// what the paragraph describes is a way to object, added or removed
// (Mozilla's Firefox notice, 2020: "You can learn more here, including how
// to disable it."). "disable" and "turn off" are one act.
func TestHowToSwitchOff(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"Firefox sends mobile campaign data to Adjust.", "Firefox sends mobile campaign data to Adjust. You can learn more here, including how to disable it.", true},
		{"Firefox sends mobile campaign data to Adjust. Read how to opt out in our support article.", "Firefox sends mobile campaign data to Adjust.", true},
		{"Firefox sends mobile campaign data to Adjust.", "Firefox sends mobile campaign data to Adjust. You can learn more about Adjust here.", false},
		{"You can disable cookies in your browser settings.", "You can turn off cookies in your browser settings.", false},
	} {
		rep, _, why := judgeEdit(rb, "Adjust", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
