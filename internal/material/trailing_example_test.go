package material

import "testing"

// TestTrailingExample: an example added at the end of a sentence, after a
// comma ("…, for example the parcel with the shoes you bought"), clarifies
// the commitment without changing it, as one in brackets does. Twins name
// a party, a number, or a term of another category in the example: those
// widen what the sentence commits to, and stay material. An example with
// a force word of its own ("a delivery that has not arrived") is left to
// the force rules, which still call it material: a known false alarm, kept
// so that "for example, we will not …" is never excused. (Written before
// the rules were changed for b11-42; the "not arrived" variant was then
// written again without its negation.)
func TestTrailingExample(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-42", "How we use your information",
			"We use your delivery address to send you the products you order.",
			"We use your delivery address to send you the products you order, for example the parcel with the shoes you bought in our online shop.", false},
		{"for instance, a booking", "How we use your information",
			"We use your email address to send you receipts.",
			"We use your email address to send you receipts, for instance the confirmation of a hotel booking you made.", false},
		{"such as, a question", "Support",
			"We keep your support tickets so that we can answer your questions.",
			"We keep your support tickets so that we can answer your questions, such as a question about a late delivery.", false},
		{"such as, with a force word of its own: left to the other rules", "Support",
			"We keep your support tickets so that we can answer your questions.",
			"We keep your support tickets so that we can answer your questions, such as a question about a delivery that has not arrived.", true},
		{"twin: a partner in the example", "How we use your information",
			"We use your delivery address to send you the products you order.",
			"We use your delivery address to send you the products you order, for example catalogues from our advertising partners.", true},
		{"twin: what we do in the example", "How we use your information",
			"We use your delivery address to send you the products you order.",
			"We use your delivery address to send you the products you order, for example the parcels we leave with your neighbours.", true},
		{"twin: what is sent to us in the example", "Support",
			"We answer your questions by email.",
			"We answer your questions by email, for example the questions your employer sends us.", true},
		{"twin: a named carrier", "How we use your information",
			"We use your delivery address to send you the products you order.",
			"We use your delivery address to send you the products you order, for example by passing it to DHL Express.", true},
		{"twin: a period", "Support",
			"We keep your support tickets so that we can answer your questions.",
			"We keep your support tickets so that we can answer your questions, for example for 5 years after you close your account.", true},
		{"twin: a purpose", "How we use your information",
			"We use your email address to send you receipts.",
			"We use your email address to send you receipts, for example with offers for marketing.", true},
	})
}
