package material

import "testing"

// TestMarkersTraded: examples made a definition, or a definition made
// examples, change what is covered (b118-33); one marker of examples for
// another does not. (Written before the rules were changed.)
func TestMarkersTraded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"e.g. → i.e.", "Data we collect",
			"We keep usage records (e.g., page views and clicks).",
			"We keep usage records (i.e., page views and clicks).", true},
		{"namely → such as", "Sharing",
			"We share it with our processors, namely Stripe and Mailgun.",
			"We share it with our processors, such as Stripe and Mailgun.", true},
		{"e.g. → for example", "Data we collect",
			"We keep usage records (e.g., page views and clicks).",
			"We keep usage records (for example, page views and clicks).", false},
	})
}

// TestReaderProvided: data narrowed to what the reader gave is less data
// (b115-26); the same restriction on both sides is not a change.
// (Written before the rules were changed.)
func TestReaderProvided(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a right narrowed to provided data", "Your rights",
			"You can ask us for a copy of your data in a common format.",
			"You can ask us for a copy of the data you provided to us in a common format.", true},
		{"said passive", "Your rights",
			"You may download your information as a file.",
			"You may download the information provided to us by you as a file.", true},
		{"provided data on both sides, reworded", "Your rights",
			"You can ask us for a copy of the data you provided to us in a common format.",
			"You can request a copy of the data that you provided to us in a common format.", false},
	})
}

// TestThresholdBesideArticle: a word of degree put before what a duty is
// conditioned on narrows it even with an article put in elsewhere
// (b116-29). (Written before the rules were changed.)
func TestThresholdBesideArticle(t *testing.T) {
	runRestated(t, []restatedCase{
		{"high risk, 'the' put before a name", "Breaches",
			"We tell users (and FTC where required) without delay of any breach that poses a risk to them.",
			"We tell users (and the FTC where required) without delay of any breach that poses a high risk to them.", true},
		{"only the article", "Breaches",
			"We tell users (and FTC where required) without delay of any breach that poses a risk to them.",
			"We tell users (and the FTC where required) without delay of any breach that poses a risk to them.", false},
	})
}
