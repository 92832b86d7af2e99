package material

import "testing"

// TestDeadlineAnchor: a deadline is as long as the event it runs from.
// "We will respond to your request within one month of receiving it" →
// "… of verifying it" (a miss found in no labelled set: "Same
// commitments, reworded") answers later, the number the same. The same
// event said another way is the same deadline.
func TestDeadlineAnchor(t *testing.T) {
	const h = "Your rights"
	const old = "We will respond to your request within one month of receiving it."
	checkMaterial(t, []materialCase{
		{h, old, "We will respond to your request within one month of verifying it.", true},
		{"Breaches", "We will notify you within 72 hours after discovering a breach.", "We will notify you within 72 hours after confirming a breach.", true},
		{h, "We will respond to your request within one month of verifying it.", old, true},
		// The same event.
		{"Breaches", "If a breach affects your data, we will tell you within 72 hours of discovery.", "If a breach affects your data, we will tell you within 72 hours of discovering the breach.", false},
		{h, old, "We will respond to your request within one month of receipt of it.", false},
		{h, "We will respond to your request within one month after we receive it.", "We will respond to your request within one month after receiving it.", false},
		// The nearest edits that change another term stay material.
		{h, old, "We will respond to your request within two months of receiving it.", true},
	})
}
