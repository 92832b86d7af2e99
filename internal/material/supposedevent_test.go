package material

import "testing"

// TestSupposedEvent: a condition split off for translators, "If we
// become aware of a breach, we will notify you" → "We may become aware
// of a breach. If this happens, we will notify you" (b76-08): the "may"
// only supposes the event the "if this happens" then waits for, as the
// "if" did; the act done on it keeps its force. A hedge on that act, a
// condition gone, or a "may" with no such echo after it is still weighed.
// (Written before the rules were changed for b76-08.)
func TestSupposedEvent(t *testing.T) {
	const b76old = "If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery."
	runRestated(t, []restatedCase{
		{"b76-08: if this happens", "14. DATA BREACH NOTIFICATION", b76old,
			"OmniCRM may become aware of a personal data breach that affects customer data. If this happens, we will notify the affected customer within forty-eight (48) hours of discovery.", false},
		{"when that occurs", "Law enforcement",
			"When we receive a request from a public authority for your data, we will tell you before we answer it.",
			"We might receive a request from a public authority for your data. When that occurs, we will tell you before we answer it.", false},
		{"if so", "Law enforcement",
			"If a public authority asks us for your data, we will tell you before we answer.",
			"A public authority may ask us for your data. If so, we will tell you before we answer.", false},

		{"twin: the act hedged", "14. DATA BREACH NOTIFICATION", b76old,
			"OmniCRM may become aware of a personal data breach that affects customer data. If this happens, we may notify the affected customer within forty-eight (48) hours of discovery.", true},
		{"twin: the act tried", "14. DATA BREACH NOTIFICATION", b76old,
			"OmniCRM may become aware of a personal data breach that affects customer data. If this happens, we will try to notify the affected customer within forty-eight (48) hours of discovery.", true},
		{"twin: no echo", "14. DATA BREACH NOTIFICATION", b76old,
			"OmniCRM may become aware of a personal data breach that affects customer data. We will notify the affected customer within forty-eight (48) hours of discovery.", true},
		{"twin: if so, the act hedged", "Law enforcement",
			"If a public authority asks us for your data, we will tell you before we answer.",
			"A public authority may ask us for your data. If so, we might tell you before we answer.", true},
		{"twin: a may of its own, no condition before", "Law enforcement",
			"We will tell you before we answer a request from a public authority.",
			"We may answer requests from public authorities for your data. If this happens, we will tell you before we answer.", true},
	})
}
