package material

import (
	"strings"
	"testing"
)

// TestLeadingExclusion: an exclusion said before what it keeps ("for no
// purpose other than performing support", "with no one other than our
// processor", "nothing except your email") is the exclusive "only" before
// it, the same limit. Its twins stay material: "for purposes other than"
// (no "no") lifts the limit, a purpose, a recipient or an item added
// beside the one kept widens it, another one kept changes it, and an
// exception added after it weakens it.
func TestLeadingExclusion(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Role of the provider", "- our personnel access this data only to perform support services", "- our personnel access this data for no purpose other than performing support services", false},
		{"Sharing", "We share your personal data only with our payment processor.", "We share your personal data with no one other than our payment processor.", false},
		{"Collection", "We collect only your email address.", "We collect nothing except your email address.", false},
		{"Use", "We use your data only to provide the service.", "We use your data for no other purpose than to provide the service.", false},

		{"Role of the provider", "- our personnel access this data only to perform support services", "- our personnel access this data for purposes other than performing support services", true},
		{"Role of the provider", "- our personnel access this data only to perform support services", "- our personnel access this data for no purpose other than performing support services and marketing", true},
		{"Sharing", "We share your personal data only with our payment processor.", "We share your personal data with no one other than our payment processor and our advertising partners.", true},
		{"Sharing", "We share your personal data only with our payment processor.", "We share your personal data with no one other than our advertisers.", true},
		{"Collection", "We collect only your email address.", "We collect nothing except your email address and your location.", true},
		{"Use", "We use your data only to provide the service.", "We use your data for purposes other than to provide the service.", true},
		{"Use", "We use your data for no other purpose than to provide the service.", "We use your data for no other purpose than to provide the service, unless you agree.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestLeadingExclusionWords: the words leadingExclusion rewrites, and
// those it leaves.
func TestLeadingExclusionWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"access it for no purpose other than support", "access it only for support"},
		{"share it with no one other than x", "share it only with x"},
		{"collect nothing except your email", "collect only your email"},
		{"for no other reason than to x", "only for to x"},
		{"for purposes other than support", "for purposes other than support"},
		{"no other than x", "no other than x"},
		{"we keep no data", "we keep no data"},
		{"with no one other than", "with no one other than"},
	} {
		if got := strings.Join(leadingExclusion(strings.Fields(tc.in)), " "); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}
