package material

import "testing"

// TestPowerVerb: the verb of a power given to the reader, said with
// another verb of the same right, is the same power ("see" → "view", a
// real update of Basecamp's policy, basecamp-029, that went to a reviewer);
// a verb of another right is another power ("see" → "edit", which read
// "Same commitments, reworded": found writing this family's twins).
func TestPowerVerb(t *testing.T) {
	const h = "Your rights"
	runRestated(t, []restatedCase{
		{"see → view", h,
			"You can see the data we hold about you in your account settings.",
			"You can view the data we hold about you in your account settings.", false},
		{"see → view, a list of services", "Sharing",
			"You can see the list of third-party services we use in each product: Basecamp, HEY.",
			"You can view the list of third-party services we use in each product: Basecamp, HEY.", false},
		{"how to see → how to view", "Cookies",
			"To learn more about cookies, including how to see which cookies have been set and how to manage and delete them, please visit: www.allaboutcookies.org.",
			"To learn more about cookies, including how to view which cookies have been set and how to manage and delete them, please visit: www.allaboutcookies.org.", false},
		{"delete → erase", h,
			"You may delete your account at any time from the settings page.",
			"You may erase your account at any time from the settings page.", false},
		{"also edit → also correct", h,
			"You can also edit your profile information.",
			"You can also correct your profile information.", false},
		{"twin: see → edit", h,
			"You can see the data we hold about you in your account settings.",
			"You can edit the data we hold about you in your account settings.", true},
		{"twin: edit → see", h,
			"You can edit the data we hold about you in your account settings.",
			"You can see the data we hold about you in your account settings.", true},
		{"twin: delete → download", h,
			"You may delete your account at any time from the settings page.",
			"You may download your account at any time from the settings page.", true},
		{"twin: how to see → how to delete", "Cookies",
			"To learn more about cookies, including how to see which cookies have been set, please visit: www.allaboutcookies.org.",
			"To learn more about cookies, including how to delete which cookies have been set, please visit: www.allaboutcookies.org.", true},
		{"twin: see → view, the data widened", h,
			"You can see the data we hold about you in your account settings.",
			"You can view all the data we hold about you and your contacts in your account settings.", true},
	})
}
