package material

import (
	"strings"
	"testing"
)

// TestProductVersion: a version number written or dropped after the name
// of a product both sides name ("Google Analytics" → "Google Analytics
// 4") names the same product of the same party. Its twins stay material:
// a version changed for another, another product named beside it, a
// number after a word that names no party ("Children Under 13"), a
// number added to a period.
func TestProductVersion(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"15. COOKIES AND TRACKING TECHNOLOGIES", "Our website uses tracking technologies including: Google Analytics, Meta Pixel, CRM tracking scripts.", "Our website uses tracking technologies including: Google Analytics 4, Meta Pixel, CRM tracking scripts.", false},
		{"Cookies", "We use Google Analytics 4 and Meta Pixel.", "We use Google Analytics and Meta Pixel.", false},

		{"Cookies", "We use Google Analytics 3 and Meta Pixel.", "We use Google Analytics 4 and Meta Pixel.", true},
		{"Cookies", "Our website uses tracking technologies including: Google Analytics, Meta Pixel, CRM tracking scripts.", "Our website uses tracking technologies including: Google Analytics 4, Meta Pixel, TikTok Pixel, CRM tracking scripts.", true},
		{"Children", "We do not knowingly collect data from Children Under.", "We do not knowingly collect data from Children Under 13.", true},
		{"Retention", "Google Analytics keeps this data for 14 months.", "Google Analytics keeps this data for 26 months.", true},
		{"Cookies", "We use Google Analytics.", "We use Google Analytics 4 and Hotjar.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestVersionAfter: the other side's own number after the name, however
// spaced, keeps a version from being read as added.
func TestVersionAfter(t *testing.T) {
	for _, tc := range []struct {
		s, name string
		want    bool
	}{
		{"70 Sir John Rogerson's  Quay Dublin  2, Ireland", "Dublin", true},
		{"We use Google Analytics 4, Meta Pixel.", "Analytics", true},
		{"We use Google Analytics, Meta Pixel 2.", "Analytics", false},
	} {
		if got := versionAfter(tc.s, tc.name); got != tc.want {
			t.Errorf("versionAfter(%q, %q) = %v, want %v", tc.s, tc.name, got, tc.want)
		}
	}
}
