package material

import "testing"

// TestFreeOfCharge: a price of nothing is the same commitment however it
// is said ("free of charge", "for free", "at no cost"); a fee put in, or
// the price kept only for some requests, changes it.
func TestFreeOfCharge(t *testing.T) {
	runRestated(t, []restatedCase{
		{"for free", "Your rights",
			"You can exercise these rights free of charge, except where requests are manifestly unfounded or excessive.",
			"You can exercise these rights for free, except where requests are manifestly unfounded or excessive.", false},
		{"at no cost", "Your rights",
			"We will give you a copy of your data free of charge.",
			"We will give you a copy of your data at no cost.", false},
		{"twin: a fee", "Your rights",
			"You can exercise these rights free of charge.",
			"You can exercise these rights for a small fee.", true},
		{"twin: free for the first request only", "Your rights",
			"We will give you a copy of your data for free.",
			"We will give you a first copy of your data free of charge; further copies cost £10.", true},
	})
}
