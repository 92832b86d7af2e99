package material

import (
	"strings"
	"testing"
)

// TestShoutedTitle: a short title in capitals on a line of its own names
// no party by its capitals (tumblr-020: "New recipient: PERSONALIZED
// ADVERTISING ON TUMBLR"); a word no dictionary knows in it is still a
// name, a recipient added under it is still one, and a line of capitals
// without a word of grammar is read as the name it may be.
func TestShoutedTitle(t *testing.T) {
	rb := Builtin()
	const lead = "# Tumblr Privacy Policy\n\n## What We Collect\n\nTumblr collects information when you use the Services.\n\nDerived Information: We analyze your actions on the Services to derive characteristics of your Account.\n"
	for _, tc := range []struct {
		name, add      string
		material       bool
		cat, want, not string
	}{
		{"tumblr-020: a title over a new section of purposes",
			"\nPERSONALIZED ADVERTISING ON TUMBLR\n\nTo keep the Services free, Tumblr may use your activity on the Services to show you ads that are more relevant to you.\n",
			true, "purposes", "", "PERSONALIZED ADVERTISING"},
		// Twins.
		{"twin: a company no dictionary knows in the title",
			"\nSHARING WITH ZORBIX\n\nTumblr shares your email address with Zorbix.\n",
			true, "recipients", "ZORBIX", "SHARING WITH"},
		{"twin: a line of capitals with no word of grammar",
			"\nWe share your email address with:\n\nZORBIX DATA LTD\n",
			true, "recipients", "ZORBIX DATA LTD", ""},
	} {
		rep, cats, why := judgeText(rb, lead, lead+tc.add)
		all := strings.Join(why, "; ")
		switch {
		case rep.Material != tc.material || !cats[tc.cat]:
			t.Errorf("%s: material=%v %v, want %v %s: %s", tc.name, rep.Material, cats, tc.material, tc.cat, all)
		case tc.want != "" && !strings.Contains(all, tc.want):
			t.Errorf("%s: %s, want it to name %q", tc.name, all, tc.want)
		case tc.not != "" && strings.Contains(all, "recipient: "+tc.not):
			t.Errorf("%s: %s, want no recipient %q", tc.name, all, tc.not)
		}
	}
}
