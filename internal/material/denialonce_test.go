package material

import "testing"

// TestSingleDenial: an act denied for now and from now on by two joined
// auxiliaries ("we do not, and will not, sell") is denied once: "we do not
// sell", as "we will not sell" and "we never sell" are. Twins weaken the
// denial (a permission, an exception, "but may in future"), drop a past
// denial ("we have not sold, and will not sell", a statement of what was
// done), or change what is denied (an item of the list, the data).
// (Written before the rules were changed for b19-16.)
func TestSingleDenial(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b19-16", "HOW WE SHARE INFORMATION",
			"We will share your information with third parties only in the ways that are described in this policy. In addition, we do not, and will not, sell your information collected through our Websites to any third party.",
			"We will share your information with third parties only in the ways that are described in this policy. We do not sell information collected through our websites to any third party.", false},
		{"the denial doubled", "Sharing",
			"We do not sell your information to any third party.",
			"We do not, and will not, sell your information to any third party.", false},
		{"never, doubled", "Sharing",
			"We never sell your information to any third party.",
			"We do not, and will never, sell your information to any third party.", false},
		{"will not, from doubled", "Sharing",
			"We do not, and will not, share your contact details with advertisers.",
			"We will not share your contact details with advertisers.", false},
		{"twin: a permission", "Sharing",
			"We do not, and will not, sell your information to any third party.",
			"We may sell your information to any third party.", true},
		{"twin: but may in future", "Sharing",
			"We do not, and will not, sell your information to any third party.",
			"We do not, but may in future, sell your information to any third party.", true},
		{"twin: an exception", "Sharing",
			"We do not, and will not, sell your information.",
			"We do not sell your information, except to our affiliates.", true},
		{"twin: a past denial dropped", "Sharing",
			"We have not sold, and will not sell, your information.",
			"We will not sell your information.", true},
		{"twin: an act dropped from the denial", "Sharing",
			"We do not, and will not, sell or rent your information.",
			"We do not sell your information.", true},
		{"twin: other data denied", "Sharing",
			"We do not, and will not, sell your information.",
			"We do not, and will not, sell your contact details.", true},
	})
}
