package material

import "testing"

// TestInstructionAmongSentences: a request to the reader said in the
// passive with "should" ("Requests should be directed to the client") is
// the imperative ("Please direct requests to the client"), also where the
// passage says more beside it, and what the company will do beside it is
// compared as it stands. The company's own "should" ("we should help"), or
// the company's "will" beside it dropped or hedged, stays material.
// (Written for b25-38.)
func TestInstructionAmongSentences(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b25-38", "Individual Rights",
			"Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests where applicable.",
			"Please direct requests to the client responsible for the data; where applicable, omnie will help that client fulfil them.", false},
		{"imperative to passive, beside a promise", "Your rights",
			"Send your request to privacy@example.com. We will reply within 30 days.",
			"Requests should be sent to privacy@example.com. We will reply within 30 days.", false},
		{"the company's own should", "Individual Rights",
			"Please direct requests to the client responsible for the data; omnie will help that client fulfil them.",
			"Requests should be directed to the client responsible for the data; omnie should help that client fulfil them.", true},
		{"the company's will dropped", "Individual Rights",
			"Requests should be directed to the client responsible for the data. omnie will assist clients in fulfilling such requests.",
			"Please direct requests to the client responsible for the data; omnie may assist clients in fulfilling such requests.", true},
		{"imperative to passive, the promise beside it hedged", "Your rights",
			"Send your request to privacy@example.com. We will reply within 30 days.",
			"Requests should be sent to privacy@example.com. We may reply within 30 days.", true},
	})
}
