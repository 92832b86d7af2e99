package material

import "testing"

// TestThirdPersonHedge: a company named as the subject hedges in the
// third person: "omnie implements reasonable safeguards" → "omnie aims to
// implement …" (b69-46, a miss: "Same commitments") weakens as "We aim
// to" does. Twins: the same hedge on both sides, or "aims" as a noun, are
// no change of force.
func TestThirdPersonHedge(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b69-46", "Security Practices",
			"omnie implements reasonable safeguards to protect data accessed during service delivery.",
			"omnie aims to implement reasonable safeguards to protect data accessed during service delivery.", true},
		{"strives to", "Your rights",
			"Omnis Software responds to all requests within one month.",
			"Omnis Software strives to respond to all requests within one month.", true},
		{"endeavours to", "Data Breach Notification",
			"OmniCRM notifies affected customers within 72 hours of becoming aware of a breach.",
			"OmniCRM endeavours to notify affected customers within 72 hours of becoming aware of a breach.", true},
		{"tries to", "Retention",
			"The company deletes backups after 90 days.",
			"The company tries to delete backups after 90 days.", true},
		{"twin: the same hedge, said by another verb", "Security Practices",
			"omnie aims to implement reasonable safeguards.",
			"omnie strives to implement reasonable safeguards.", false},
		{"twin: the company's aims, a noun", "About us",
			"Our aims are to build usefull software for small businesses.",
			"Our aims are to build useful software for small businesses.", false},
	})
}

// TestThirdPersonPermission: "Omnis reserves the right to" is the
// permission "We reserve the right to" states.
func TestThirdPersonPermission(t *testing.T) {
	runRestated(t, []restatedCase{
		{"reserves the right", "Sharing",
			"Omnis Software will share your data with its group companies.",
			"Omnis Software reserves the right to share your data with its group companies.", true},
		{"twin: the same permission, said by another person", "Sharing",
			"We reserve the right to share your data with our group companies.",
			"Omnis Software reserves the right to share your data with its group companies.", false},
	})
}
