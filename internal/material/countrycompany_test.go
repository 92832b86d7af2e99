package material

import (
	"regexp"
	"strings"
	"testing"
)

// TestCountryOfCompany: a company of a group named for its country
// ("Meta Platforms Ireland Limited", "Google Ireland Limited") is one
// name: the dump reported "New recipient: Ireland Limited" and "Meta
// Platforms, Ireland Limited" for Facebook's controller.
func TestCountryOfCompany(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Who is responsible", "The controller of your information is Meta Platforms, Inc.",
			"The controller of your information is Meta Platforms Ireland Limited.", "Meta Platforms Ireland Limited"},
		{"Sharing", "We share your usage data with our analytics provider.",
			"We share your usage data with our analytics provider and with Google Ireland Limited.", "Google Ireland Limited"},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		reason := strings.Join(why, "; ")
		if !rep.Material || !strings.Contains(reason, tc.want) || regexp.MustCompile(`(?:: |, )Ireland Limited`).MatchString(reason) {
			t.Errorf("%s: material=%v, want the name %q whole: %s", tc.want, rep.Material, tc.want, reason)
		}
	}
	// a country alone after a name is still a place
	wantOnlyCategory(t, rb, "a place", "International transfers", "Your data is stored by Google in the United States.",
		"Your data is stored by Google in the United States and Ireland.", "transfers")
}
