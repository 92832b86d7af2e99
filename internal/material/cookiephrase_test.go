package material

import "testing"

// TestCookiePhrase: what a change says of the cookies named just before it
// is a cookie commitment, whatever the rest of the sentence names: when
// session cookies expire (b34-06), where an opt-out of targeting cookies
// holds (b35-28), what becomes of analytics cookies once consent is
// withdrawn (b31-37). The twins keep their category: a recipient or a
// purpose the change names of its own, and a change far from any cookie.
func TestCookiePhrase(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Cookies", "We use session cookies (which expire when you close your browser) to remember your preferences.",
			"We use session cookies (which expire when you log out of your account) to remember your preferences.", "cookies"},
		{"Your choices", "If you withdraw your consent, all advertising cookies are automatically deleted.",
			"If you withdraw your consent, advertising cookies are no longer placed.", "cookies"},
		{"Browser signals", "If your browser sends an opt-out preference signal, we will opt that browser out of targeting cookies on our sites.",
			"If your browser sends an opt-out preference signal, we will opt that browser out of targeting cookies on the site where the signal is detected.", "cookies"},
		// twins: the change names a recipient or a purpose of its own
		{"Cookies", "We use advertising cookies to share your browsing data with our partners.",
			"We use advertising cookies to share your browsing data with our partners and data brokers.", "!cookies"},
		// (Under a heading of cookies the same purpose is the cookie
		// notice's, as b29-13 is labelled: cookiesection.go.)
		{"Summary", "We use cookies to remember your preferences.",
			"We use cookies to remember your preferences and for targeted marketing.", "!cookies"},
		// a change far from the cookie named
		{"Your choices", "If you accept cookies, you may still ask us at any time for a copy of the personal data we hold about you.",
			"If you accept cookies, you may still ask us at any time for a copy of the personal data we hold about you, free of charge.", "!cookies"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
