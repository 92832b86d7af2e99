package material

import (
	"strings"
	"testing"
)

// TestOpenExampleRemoved: a name taken from the examples of a list that
// stays open ("such as Facebook, …, Pinterest, and others") narrows
// nothing: what it named is still among "others". A name added to such a
// list, or taken from a list that is not open, still counts. (Written
// before the rules were changed for b12-20.)
func TestOpenExampleRemoved(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b12-20", "Social Media Sites",
			"USA.gov manages a presence on social media sites such as\u00a0[Facebook](https://www.facebook.com/USAgov), [Twitter](https://twitter.com/USAgov), [YouTube](https://www.youtube.com/usagov1), [Snapchat](https://www.snapchat.com/add/usagov), [Instagram](https://www.instagram.com/usagov/), [Pinterest](https://www.pinterest.com/usagov/), and others to share government information, and engage with the public. We do not collect any personally identifiable information through those sites, and we do not use personal information made available by the third-party sites.",
			"USA.gov manages a presence on social media sites such as\u00a0[Facebook](https://www.facebook.com/USAgov), [Twitter](https://twitter.com/USAgov), [YouTube](https://www.youtube.com/usagov1), [Snapchat](https://www.snapchat.com/add/usagov), [Instagram](https://www.instagram.com/usagov/), and others to share government information, and engage with the public. We do not collect any personally identifiable information through those sites, and we do not use personal information made available by the third-party sites.", false},
		{"an analytics provider among others", "Analytics",
			"We use analytics providers such as Google Analytics, Mixpanel, Amplitude and others to understand how the app is used.",
			"We use analytics providers such as Google Analytics, Amplitude and others to understand how the app is used.", false},
		{"an open list ended by etc. (the second form of the pattern)", "Analytics",
			"We use analytics providers, e.g. Google Analytics, Mixpanel, Amplitude, etc. to understand how the app is used.",
			"We use analytics providers, e.g. Google Analytics, Amplitude, etc. to understand how the app is used.", false},
		{"twin: a name added to an open list", "Analytics",
			"We use analytics providers such as Google Analytics, Amplitude and others to understand how the app is used.",
			"We use analytics providers such as Google Analytics, Mixpanel, Amplitude and others to understand how the app is used.", true},
		{"twin: a name taken from a closed list", "Analytics",
			"We use Google Analytics, Mixpanel and Amplitude to understand how the app is used.",
			"We use Google Analytics and Amplitude to understand how the app is used.", true},
		{"twin: a name removed and the list closed", "Analytics",
			"We use analytics providers such as Google Analytics, Mixpanel, Amplitude and others to understand how the app is used.",
			"We use Google Analytics and Amplitude to understand how the app is used.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
