package material

import "testing"

// TestQualifierMoved: the same words, a condition or hedge now reaching
// other things (b98-03, b98-08, b98-19, b98-31, written blind by a
// structure editor and missed as "Same commitments, reworded"). The cases
// here are in other words; the twins move a qualifier without changing
// what it reaches: put at the head of its sentence, or set off by commas.
func TestQualifierMoved(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a condition moved from one channel to the other", "Your data",
			"You can download your data through the dashboard or the API where available.",
			"You can download your data through the API, or through the dashboard where available.", true},
		{"a usual limit made to cover a firm one", "Retention",
			"We keep invoices for 10 years. In most cases, we delete usage logs after 90 days.",
			"In most cases, we keep invoices for 10 years and delete usage logs after 90 days.", true},
		{"a condition on one safeguard put over every one", "Security",
			"Encryption keys are rotated every year, and backups are encrypted where feasible.",
			"Where feasible, encryption keys are rotated every year and backups are encrypted.", true},
		{"a need that limited what is collected now limits one item", "Integrations",
			"We store information necessary for the sync, such as access tokens and contact lists.",
			"We store information from the service. This includes access tokens necessary for the sync and contact lists.", true},
		{"a condition put at the head of its sentence", "Deletion",
			"We delete your data on request where required by law.",
			"Where required by law, we delete your data on request.", false},
		{"a default put at the head of its sentence", "Cookies",
			"Most browsers accept cookies by default.",
			"By default, most browsers accept cookies.", false},
		{"a hedge set off by commas", "Requests",
			"We will, in most cases, reply to your request within 30 days.",
			"In most cases, we will reply to your request within 30 days.", false},
		{"a condition set off by commas inside its clause, put at its head", "Sharing",
			"Your personal information is, where appropriate, shared within the group.",
			"Where appropriate, your personal information is shared within the group.", false},
		{"a condition set off by commas before the item it qualifies", "Transfers",
			"Transfers rely on the Data Privacy Framework and on Standard Contractual Clauses where required.",
			"Transfers rely on the Data Privacy Framework and, where required, on Standard Contractual Clauses.", false},
	})
}
