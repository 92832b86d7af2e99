package material

import "testing"

// TestHumanCheck: a person's check on an automated decision, dropped or
// said to be absent, is automated decision-making, whatever the system
// decides on (b54-29); a change elsewhere in a sentence that names the
// check on both sides keeps its own category.
func TestHumanCheck(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-29", "How we use information",
		"_**To provide customer support:**_ We use your information to resolve technical issues you encounter, to respond to your requests for assistance, and to repair and improve the Services. We may also use generative artificial intelligence in responding to your support related requests. Where you give us express permission to do so, we may disclose information to a third-party expert for the purpose of responding to support-related requests.",
		"_**To provide customer support:**_ We use your information to resolve technical issues you encounter, to respond to your requests for assistance, and to repair and improve the Services. We may also use generative artificial intelligence to respond to and resolve your support related requests without human review, including decisions on refunds and account reinstatement. Where you give us express permission to do so, we may disclose information to a third-party expert for the purpose of responding to support-related requests.", "ai")
	wantOnlyCategory(t, rb, "tickets answered unchecked", "Customer support",
		"We may use automated tools to sort your support tickets, and a member of our team answers each one.",
		"We may use automated tools to sort and answer your support tickets without human review.", "ai")
	wantOnlyCategory(t, rb, "refunds approved unchecked", "Refunds",
		"Our system reviews refund requests and a support agent approves each refund.",
		"Our system reviews and approves refund requests without human review.", "ai")
	wantOnlyCategory(t, rb, "no human involvement", "Accounts",
		"Requests to open an account are checked by our staff.",
		"Requests to open an account are checked by software, with no human involvement.", "ai")
	// twins: the check named on both sides
	wantOnlyCategory(t, rb, "twin: a deadline beside the check", "Your rights",
		"We may use generative AI, without human review, to respond to requests within 30 days.",
		"We may use generative AI, without human review, to respond to requests within 14 days.", "rights")
	wantOnlyCategory(t, rb, "twin: a purpose beside the check", "Customer support",
		"We use your support messages, after human review, to improve our help articles.",
		"We use your support messages, after human review, to improve our help articles and to market new features.", "purposes")
}
