package material

import "testing"

// TestProhibitionModal: "you may not sign up" forbids, as "you must not
// sign up" does: "may not" before an act is a prohibition, not a
// possibility. "If you are under 13 you may not sign up" → "… you must
// not sign up" read as a commitment strengthened (b49-06, a false alarm).
// "may not be", "may not have" and "may not always" say what may happen,
// not what is forbidden, and a prohibition made advice ("should not")
// stays material.
func TestProhibitionModal(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Children's Privacy", "Our Services are not directed to children under the age of 13. If you are under 13 you may not sign up for an account.",
			"Our Services are not directed to children younger than 13. If you are under 13 you must not sign up for an account.", false},
		{"Service providers", "Our service providers may not use your personal data for their own purposes.",
			"Our service providers must not use your personal data for their own purposes.", false},
		{"Acceptable use", "You shall not share your login details with anyone.",
			"You may not share your login details with anyone.", false},
		// Another force, or a possibility, not a prohibition.
		{"Children's Privacy", "If you are under 13 you may not sign up for an account.",
			"If you are under 13 you should not sign up for an account.", true},
		{"Notifications", "Partners may not be told when you delete your account.",
			"Partners must not be told when you delete your account.", true},
	})
}
