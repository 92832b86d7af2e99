package material

import "testing"

// TestTrackedEpisode: a tracker that keeps track of "your session" or
// remembers "your visit" follows one visit, as a session cookie does;
// "your sessions", "your visits" are followed over time (b41-21). The
// plural of anything else a tracker remembers ("your preferences"), or
// of a session a sentence says nothing tracks, is grammar.
func TestTrackedEpisode(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Cookies", "Acme web sites may use cookies to keep track of your online session.",
			"Acme web sites may use cookies to keep track of your online sessions.", true},
		{"Cookies", "We set a cookie that remembers your visit, so you need not sign in again on each page.",
			"We set a cookie that remembers your visits, so you need not sign in again on each page.", true},
		{"Cookies", "We use a pixel to recognise your visits.",
			"We use a pixel to recognise your visit.", true},
		// Grammar.
		{"Cookies", "We use cookies to remember your preferences.",
			"We use cookies to remember your preference.", false},
		{"Sessions", "You are signed out when your session ends.",
			"You are signed out when your sessions end.", false},
		// The nearest edits that change another term stay material.
		{"Cookies", "Acme web sites may use cookies to keep track of your online session.",
			"Acme web sites may use cookies and pixels to keep track of your online session.", true},
		{"Cookies", "Acme web sites may use cookies to keep track of your online session.",
			"Acme web sites will use cookies to keep track of your online session.", true},
	})
	wantOnlyCategory(t, Builtin(), "session → sessions", "Privacy Policy",
		"Savetz Publishing web sites may use cookies to keep track of your online session.",
		"Savetz Publishing web sites may use cookies to keep track of your online sessions.", "cookies")
}
