package material

import "testing"

// TestTrackerUse: what the author uses a tracker for is a term of the
// tracker, the information a cookie notice owes: "We use cookies for the
// overall functionality of our Website" → "We only use strictly necessary
// cookies to provide, secure and improve our service" (b9-15) is about
// cookies, though "improve" is a word of purposes and "secure" of
// security, and so is a tracker added to those used. The twins keep their
// category: data used (not a tracker) for a new purpose is purposes, as is
// a purpose added to a tracker kept outside a section of cookies, and a tracker use that now lets
// partners in is not the tracker's.
func TestTrackerUse(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Summary", "We use cookies for the overall functionality of our website.",
			"We only use strictly necessary cookies to provide, secure and improve our service.", "cookies"},
		{"Cookies", "We use cookies to keep you signed in.",
			"We use cookies and web beacons to keep you signed in.", "cookies"},
		{"Our website", "Our website places a small number of pixels to measure how our pages load.",
			"Our website places advertising pixels to measure how our pages load.", "cookies"},
		// twins: data used, not a tracker; a purpose added to a tracker
		// kept (cookiephrase.go); a recipient named in the change
		// (Under a heading of cookies the same purpose is the cookie
		// notice's, as b29-13 is labelled: cookiesection.go.)
		{"Summary", "We use cookies to remember your preferences.",
			"We use cookies to remember your preferences and for targeted marketing.", "!cookies"},
		{"How we use your data", "We use your data only to keep you signed in.",
			"We use your data to keep you signed in and to improve our service.", "purposes"},
		{"Cookies", "We use cookies to keep you signed in.",
			"We use cookies to keep you signed in and to share your browsing data with our advertising partners.", "!cookies"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
