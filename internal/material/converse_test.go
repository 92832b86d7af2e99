package material

import "testing"

// TestConverseRestated: "We pass your contact details on to X" is "we
// share them with X"; "so that it can provide local support" is "so that
// you can receive local support", the same act seen from the other side.
// Twins add a purpose or a recipient. (Written before the rules were
// changed for b11-40.)
func TestConverseRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-40", "Who do we share your information with?",
			"We share your contact details with Omnis Software France so that it can provide local support in your language.",
			"So that you can receive local support in your own language, we pass your contact details on to Omnis Software France.", false},
		{"pass … on to", "Who do we share your information with?",
			"We pass your order details on to our courier so that it can deliver your parcel.",
			"We share your order details with our courier so that it can deliver your parcel.", false},
		{"send → receive, purpose first", "How we use your information",
			"We share your email address with our newsletter provider so that it can send you our newsletter.",
			"So that you can receive our newsletter, we share your email address with our newsletter provider.", false},
		{"twin: a purpose added", "Who do we share your information with?",
			"We share your contact details with Omnis Software France so that it can provide local support in your language.",
			"So that you can receive local support and marketing offers in your own language, we pass your contact details on to Omnis Software France.", true},
		{"twin: more received than given", "Who do we share your information with?",
			"We share your details with our courier so that it can provide tracking.",
			"So that you can receive tracking and offers, we share your details with our courier.", true},
		{"twin: a recipient added", "Who do we share your information with?",
			"We share your contact details with Omnis Software France so that it can provide local support in your language.",
			"So that you can receive local support in your own language, we pass your contact details on to Omnis Software France and its advertising partners.", true},
		{"twin: pass … on to another", "Who do we share your information with?",
			"We pass your order details on to our courier so that it can deliver your parcel.",
			"We pass your order details on to our marketing agency so that it can deliver your parcel.", true},
	})
}
