package material

import (
	"strings"
	"testing"
)

// TestProductAppositive: an appositive after a product's name saying,
// in the name's own words, what kind of offering it is ("Omni Lead
// Management Software, our lead management platform", b79-31, read "the
// rules cannot tell whether 'management' changes a commitment") names
// nothing new. A word the name lacks, a new party, a hedge or a dropped
// "only" beside it stay material.
func TestProductAppositive(t *testing.T) {
	rb := Builtin()
	const old = "This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the \"Service\")."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		reason                  string
	}{
		{"b79-31", "Privacy Policy", old, "This Privacy Policy explains how we collect, use, disclose and safeguard your information when you use Omni Lead Management Software, our lead management platform (the \"Service\").", false, "lead management platform"},
		{"a word the name lacks", "Privacy Policy", old, "This Privacy Policy explains how we collect, use, disclose and safeguard your information when you use Omni Lead Management Software, our lead management and analytics platform (the \"Service\").", true, "analytics"},
		{"a new party beside it", "Sharing", "We share usage data from our Omni Lead Management Software with Mixpanel.", "We share usage data from Omni Lead Management Software, our lead management platform, with Mixpanel and Segment.", true, "Segment"},
		{"a hedge beside it", "Security", "We encrypt all data stored in our Omni Lead Management Software.", "We may encrypt data stored in Omni Lead Management Software, our lead management platform.", true, ""},
		{"only dropped beside it", "Purposes", "We use your data only to provide our Omni Lead Management Software.", "We use your data to provide Omni Lead Management Software, our lead management platform.", true, "only"},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material || !strings.Contains(all, tc.reason) {
			t.Errorf("%s: material=%v, want %v (%q): %s", tc.name, rep.Material, tc.material, tc.reason, all)
		}
	}
}
