package material

import "testing"

// TestOnlyToTheFront: "only" put before a sentence's subject limits who
// does it, not what or why they do it (b132-42, read "Words reordered,
// with the same words"). Twins: "only" moved past its verb limits the
// same phrase, and a phrase put in front with its "only" limits what it limited.
func TestOnlyToTheFront(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b132-42", "Role of omnie",
			"- omnie personnel access this data only to perform support services",
			"- Only omnie personnel access this data to perform support services", true},
		{"only taken from the front", "Access",
			"Only authorised engineers can access production databases for debugging.",
			"Authorised engineers can access production databases only for debugging.", true},
		{"only past its verb", "Sharing",
			"We only share your contact details with our payment processor.",
			"We share your contact details only with our payment processor.", false},
		{"a limited phrase put in front whole", "Sharing",
			"We share your location with partners only with your consent.",
			"Only with your consent do we share your location with partners.", false},
	})
}
