package material

import "testing"

// TestWeakFrameListCategory holds b22-31: under "Our legal basis for
// processing your personal information", the item "Public information:
// Where we process personal information which you have already made
// public" → "… which you or others have already made public" widens a
// legal basis, and was filed under data because "personal information",
// a weak word that only breaks ties, was the item's only word of a
// category. Where the words both sides keep name a category only by weak
// words, the heading that names one category decides. The twins: a
// frame with a strong word of its own ("collect") keeps its category,
// and a heading of no category or several leaves the weak word's.
// (Written before the rules were changed for b22-31. The strong-word
// twin's heading, once "Our legal basis for processing your personal
// information", says more than the item's name since a title made of it
// files all its changes under it, itemsection.go.)
func TestWeakFrameListCategory(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b22-31", "Our legal basis for processing your personal information",
			"- Public information: Where we process personal information which you have already made public;",
			"- Public information: Where we process personal information which you or others have already made public;", "legal-basis"},
		{"retention heading", "How long we retain personal data",
			"- Personal data of former customers;",
			"- Personal data of former customers and former suppliers;", "retention"},
		{"twin: a strong word of the frame's own", "When we rely on a legal basis",
			"- Public information: Where we collect personal information which you have already made public;",
			"- Public information: Where we collect personal information which you or others have already made public;", "data"},
		{"twin: a heading of no category", "Other things",
			"- Public information: Where we process personal information which you have already made public;",
			"- Public information: Where we process personal information which you or others have already made public;", "data"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
