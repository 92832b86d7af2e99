package material

import (
	"strings"
	"testing"
)

// TestOfferingReach: which of the company's offerings a commitment is said
// of is its reach. An edition or platform dropped or put ("the free
// service" → "the service", b38-23; "our mobile app" → "our app"), or the
// one offering the policy names made all of the company's ("with the
// Service" → "across our services", b38-41; "this website" → "our
// websites"), widens or narrows what the sentence commits to. A
// determiner or a possessive that picks out the same offering ("the
// Service" → "our Service", "the Services" → "our Services"), a defined
// term made plural, or an adjective of praise, does not.
func TestOfferingReach(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Your content", "Please be aware that maps you make with the free service are published for anyone to see.",
			"Please be aware that maps you make with the service are published for anyone to see.", true},
		{"Your content", "Dashboards you build on the free plan are visible to anyone with the link.",
			"Dashboards you build on any plan are visible to anyone with the link.", true},
		{"Location", "We collect your precise location when you use our mobile app.",
			"We collect your precise location when you use our app.", true},
		{"Location", "We collect your precise location when you use our app.",
			"We collect your precise location when you use our iOS app.", true},
		{"Analytics", "We use analytics to understand how you use the App.",
			"We use analytics to understand how you use our apps.", true},
		{"How we use information", "We use your searches to personalise your experience on this website.",
			"We use your searches to personalise your experience on our websites.", true},
		{"How we use information", "We use your searches to personalise your experience across all our products.",
			"We use your searches to personalise your experience with the product.", true},
		// The same offering, said another way.
		{"How we use information", "We use your searches to personalise your experience on this website.",
			"We use your searches to personalise your experience on the site.", false},
		{"Analytics", "We use analytics to understand how you use the App.",
			"We use analytics to understand how you use our App.", false},
		{"Analytics", "We use analytics to understand how you use the Services.",
			"We use analytics to understand how you use our Services.", false},
		{"Analytics", "We use analytics to understand how you use the Service.",
			"We use analytics to understand how you use the Services.", false},
		{"Analytics", "We use analytics to understand how you use our service.",
			"We use analytics to understand how you use our services.", false},
		{"Location", "We collect your precise location when you use our great app.",
			"We collect your precise location when you use our app.", false},
		{"Location", "We collect your precise location when you use our mobile app.",
			"We collect your precise location when you use our mobile application.", false},
		// The nearest edits that change another term stay material.
		{"Location", "We collect your precise location when you use our mobile app.",
			"We collect your approximate location when you use our mobile app.", true},
		{"Analytics", "We use analytics to understand how you use the App.",
			"We use analytics and advertising to understand how you use the App.", true},
	})
	rb := Builtin()
	wantOnlyCategory(t, rb, "experience across our services", "How We Use Your Information",
		"- To personalize and improve your experience with the Service.", "- To personalize and improve your experience across our services.", "purposes")
	wantOnlyCategory(t, rb, "mobile app dropped", "Location",
		"We collect your precise location when you use our mobile app.", "We collect your precise location when you use our app.", "data")
}

// TestOfferingReachWords: the comparison itself, on folded words.
func TestOfferingReachWords(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		widened  bool
		changed  bool
	}{
		{"anything you create with the free service will be public", "anything you create with the service will be public", true, true},
		{"to improve your experience with the service", "to improve your experience across our services", true, true},
		{"to improve your experience across our services", "to improve your experience with the service", false, true},
		{"data of trial accounts", "data of accounts", true, true},
		{"data of accounts", "data of trial accounts", false, true},
		{"to improve your experience with the service", "to improve your experience with our service", false, false},
		{"to improve your experience with the services", "to improve your experience across our services", false, false},
		{"when you use our great app", "when you use our app", false, false},
		{"when you use the app", "when you use the website", false, false}, // another offering: not its reach
	} {
		_, widened, changed := offeringReach(strings.Fields(tc.old), strings.Fields(tc.new))
		if widened != tc.widened || changed != tc.changed {
			t.Errorf("%q → %q: widened %v changed %v, want %v %v", tc.old, tc.new, widened, changed, tc.widened, tc.changed)
		}
	}
}
