package material

import "testing"

// TestAlternativeDropped: an alternative dropped from an "or" ("legal or
// similarly significant effects" → "legal effects") narrows what the
// sentence covers, whatever else was reworded beside it. With "to make"
// → "for the making of" and "that have" → "with" beside it, it read
// "Same commitments, reworded": a miss found taking batch 78's nominal
// style apart (b78-27's words). Twin: the alternative said again
// elsewhere in the sentence stays minor (b27-41; so do b70-29, and b66-45
// where it means what the word before "or" does, in the labelled dump).
func TestAlternativeDropped(t *testing.T) {
	const h = "AI Disclosure"
	const old = "No Automated Decision-Making: We do not use AI to make automated decisions that have legal or similarly significant effects on you."
	runRestated(t, []restatedCase{
		{"dropped, beside other rewording", h, old, "No Automated Decision-Making: We do not use AI for the making of automated decisions with legal effects for you.", true},
		{"dropped alone", h, old, "No Automated Decision-Making: We do not use AI to make automated decisions that have legal effects on you.", true},
		{"put in, beside other rewording", h, "No Automated Decision-Making: We do not use AI to make automated decisions that have legal effects on you.", "No Automated Decision-Making: We do not use AI for the making of automated decisions with legal or similarly significant effects for you.", true},
		{"twin: the alternative said again", h, "You have the right to request human review of any AI-generated response or to opt out of AI processing where technically feasible.", "You may ask for any AI-generated response to be reviewed by a human, or opt out of AI processing where this is technically feasible.", false},
	})
}
