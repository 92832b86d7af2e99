package material

import (
	"strings"
	"testing"
)

// TestPossessiveOf holds b19-25 ('protect you or someone else’s life' →
// 'protect your life or the life of someone else') in other words: a
// possessive restated with "of" ("your device’s IP address" → "the IP
// address of your device") names the same thing of the same owner. An
// owner or a thing added, taken away or changed still counts.
func TestPossessiveOf(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b19-25", "Our legal basis for processing your personal information",
			"- Vital interests: The processing of your personal information is necessary to protect you or someone else’s life;",
			"- Vital interests: The processing of your personal information is necessary to protect your life or the life of someone else;", false},
		{"a device's address", "What we collect",
			"We collect your device’s IP address when you visit the website.",
			"We collect the IP address of your device when you visit the website.", false},
		{"users' interests", "Legal basis",
			"We process this data where it is necessary for the legitimate interests of our users.",
			"We process this data where it is necessary for our users’ legitimate interests.", false},
		// material twins
		{"another owner", "Our legal basis for processing your personal information",
			"- Vital interests: The processing of your personal information is necessary to protect your life;",
			"- Vital interests: The processing of your personal information is necessary to protect the life of someone else;", true},
		{"another thing owned", "Our legal basis for processing your personal information",
			"- Vital interests: The processing of your personal information is necessary to protect you or someone else’s life;",
			"- Vital interests: The processing of your personal information is necessary to protect your life or the property of someone else;", true},
		{"another device", "What we collect",
			"We collect your device’s IP address when you visit the website.",
			"We collect the IP address of your router when you visit the website.", true},
		{"another owner's data", "Sharing",
			"We share your account’s settings with our partners.",
			"We share the settings of their account with our partners.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
