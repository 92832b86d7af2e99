package material

import "testing"

// TestCookieSection: under a heading of cookies, a change to a sentence
// that names the trackers, in what they are used for or for whom they
// are set, is a change of the cookie notice (b29-13, b49-02); a ground of
// consent there stays the legal basis (b8-29), and a heading that names
// the whole policy is no section of cookies.
func TestCookieSection(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b29-13", "Cookies and Other Identifiers",
			"To enable our systems to recognize your browser or device and to provide and improve the Service, we use cookies and other identifiers.",
			"To enable our systems to recognize your browser or device and to provide and improve the Service, including for advertising, we use cookies and other identifiers.", "cookies"},
		{"b49-02", "What About Cookies and Other Identifiers?",
			"Approved third parties may also set cookies when you interact with IMDb services, to perform services on behalf of IMDb.",
			"Approved third parties may also set cookies when you interact with IMDb services, to perform services on behalf of IMDb and of their other clients.", "cookies"},
		// unseen wordings
		{"unseen: pixels for retargeting", "Tracking technologies",
			"Our pixels help us measure how many people open our newsletter.",
			"Our pixels help us measure how many people open our newsletter and target them with ads.", "cookies"},
		// twins
		{"twin: consent (b8-29)", "Cookies",
			"We rely on your consent to place analytics cookies on your device.",
			"We rely on our legitimate interests to place analytics cookies on your device.", "legal-basis"},
		{"twin: the whole policy", "Privacy & Cookies Policy",
			"We use cookies to keep you signed in.",
			"We use cookies to keep you signed in and to advertise our products.", "!cookies"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
