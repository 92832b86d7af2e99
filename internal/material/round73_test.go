package material

import "testing"

// Mends of round 73 (batches 351 to 354, written blind and first run on
// round 72's mends). Each test has twins that must stay as they were.

// TestBracketLimitedToPlans: a bracket that limits what it says to some
// plans ("(configurable in your dashboard on Business plans)", b354-27)
// names a limit, not an example; an example in brackets still names
// nothing.
func TestBracketLimitedToPlans(t *testing.T) {
	const h = "Data Retention"
	runRestated(t, []restatedCase{
		{"on Business plans", h, "  • Chat Conversations: 90 days (configurable in your dashboard)",
			"  • Chat Conversations: 90 days (configurable in your dashboard on Business plans)", true},
		{"for our Enterprise tier", h, "  • Chat Conversations: 90 days (configurable in your dashboard)",
			"  • Chat Conversations: 90 days (configurable in your dashboard for our Enterprise tier)", true},
		{"twin: an example", "Information we collect", "We collect the information you enter into web forms.",
			"We collect the information you enter into web forms (for example, the contact form and the demo request form).", false},
		{"twin: the plan on both sides", h, "  • Chat Conversations: 90 days (configurable on Business plans)",
			"  • Chat Conversations: 90 days (configurable on Business plans, for example in your dashboard)", false},
	})
}
