package material

import (
	"strings"
	"testing"
)

// TestIllustrationOnly holds b21-09 ("a picture of something else like
// your spirit animal" → "… something else that represents you best") in
// other words: what illustrates an indefinite pronoun, in ordinary words,
// leaves the thing as open as it was. An illustration that says what is
// done or collected, a force, or a change beside it still counts.
func TestIllustrationOnly(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b21-09", "Information we do not collect",
			"We also do not collect any biometric data. You are given the option to add a picture to your user profile, which could be a real picture of you or a picture of something else like your spirit animal. We do not extract any information from profile pictures: they are for your use alone.",
			"We also do not collect any biometric data. You are given the option to add a picture to your user profile, which could be a real picture of you or a picture of something else that represents you best. We do not extract any information from profile pictures: they are for your use alone.", false},
		{"an illustration dropped", "Your profile",
			"Your avatar can be a photo of you or of anything else like your favourite place.",
			"Your avatar can be a photo of you or of anything else.", false},
		{"another illustration", "Your profile",
			"Your avatar can be a photo of you or of something else like your pet.",
			"Your avatar can be a photo of you or of something else that you like, such as a landscape.", false},
		// material twins
		{"what is done with it", "Your profile",
			"Your avatar can be a photo of you or of something else like your pet.",
			"Your avatar can be a photo of you or of something else that we share with advertisers.", true},
		{"what it collects", "Your profile",
			"Your avatar can be a photo of you or of something else like your pet.",
			"Your avatar can be a photo of you or of something else that reveals your location.", true},
		{"a force changed beside it", "Your profile",
			"We never look at your avatar, which can be a photo of something else like your pet.",
			"We may look at your avatar, which can be a photo of something else that represents you.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
