package material

import "testing"

// TestSiteOnly holds b19-30 in other words: a phrase of where a
// commitment applies added ("… signals on our marketing website … we
// limit tracking there …") narrows that commitment, of its own category:
// "marketing" there says which website, not a purpose. A purpose traded
// for another is still a purpose.
func TestSiteOnly(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b19-30", "Do Not Track",
			`We respect browser "Do Not Track" signals. When enabled, we limit tracking to essential service functionality only.`,
			`We respect browser "Do Not Track" signals on our marketing website. When enabled, we limit tracking there to essential service functionality only.`, "cookies"},
		{"in the app", "Do Not Track",
			`We honour Global Privacy Control signals and stop tracking when they are sent.`,
			`We honour Global Privacy Control signals in our marketing app and stop tracking there when they are sent.`, "cookies"},
		// twin: a purpose changed
		{"a purpose", "How we use data",
			"We use your data for analytics on our website.",
			"We use your data for marketing on our website.", "purposes"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
