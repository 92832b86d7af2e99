package material

import "testing"

// TestOptOutDeadline: how long a withdrawal of consent, an opt-out, an
// unsubscription or an objection takes to be honoured is a term of that
// right, the rubric's "rights and how to exercise them (… deadlines)",
// though the sentence names what stops ("marketing", b21-33). Twins: a
// period that runs from another act of the reader's (closing an account,
// signing up) is of what it says.
func TestOptOutDeadline(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, want string
	}{
		{"b21-33", "Keeping you informed about our products and services",
			"Please note that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing. This is because some marketing may already be in transit.",
			"Please note that it can take up to 60 days for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing. This is because some marketing may already be in transit.", "rights"},
		{"after you unsubscribe", "Marketing",
			"We will stop sending you marketing emails within 10 days after you unsubscribe.",
			"We will stop sending you marketing emails within 30 days after you unsubscribe.", "rights"},
		{"if you withdraw", "Marketing",
			"If you withdraw your consent, we will stop using your data for advertising within 48 hours.",
			"If you withdraw your consent, we will stop using your data for advertising within 7 days.", "rights"},
		{"when you object", "Profiling",
			"When you object to profiling, we stop within 5 days.",
			"When you object to profiling, we stop within 14 days.", "rights"},
		{"once you opt out", "Marketing",
			"Once you opt out, it may take 10 days for our emails to stop.",
			"Once you opt out, it may take 28 days for our emails to stop.", "rights"},
		// Twins: another act of the reader's.
		{"twin: closing an account", "Retention",
			"We delete your data 30 days after you close your account.",
			"We delete your data 90 days after you close your account.", "!rights"},
		{"twin: signing up", "Marketing",
			"We send you marketing emails for 30 days after you sign up.",
			"We send you marketing emails for 90 days after you sign up.", "!rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
