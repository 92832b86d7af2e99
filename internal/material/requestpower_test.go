package material

import "testing"

// TestActRequested: an act the reader (or anyone) could do, now only
// asked for, is a commitment weakened, whatever the act: "You can
// configure shorter retention periods" → "You can request shorter
// retention periods" (b45-40); "the ability to review, correct, and
// delete" → "… and to request the deletion of" (b45-06). Asking in
// other words, or the same act in other words, is no change.
func TestActRequested(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Your Choices", "You can download a copy of your photos from your account page.",
			"You can request a copy of your photos from your account page.", true},
		{"Your Choices", "You may close your account at any time from the settings page.",
			"You may request the closure of your account at any time from the settings page.", true},
		{"Your Rights", "Customers can export their contact lists in CSV format.",
			"Customers can request an export of their contact lists in CSV format.", true},
		{"Marketing", "You can turn off personalised recommendations in your profile.",
			"You can ask for personalised recommendations to be turned off in your profile.", true},
		{"Your Rights", "You can request the erasure of your account data.",
			"You can erase your account data.", true},
		// The same act, or the same request, in other words.
		{"Your Choices", "You can request the deletion of your account at any time.",
			"You can ask for the deletion of your account at any time.", false},
		{"Your Choices", "You can delete your account at any time.",
			"You can erase your account at any time.", false},
		{"Your Choices", "You can submit a request to delete your account at any time.",
			"You can request that we delete your account at any time.", false},
		{"Your Choices", "You can download a copy of your photos from your account page.",
			"You can download copies of your photos from your account page.", false},
		// A wish to act is no power; a law that applies is no request.
		{"Requests", "When you request information, we use your account data to respond to your request.",
			"When you wish to obtain information, we use your account data to respond to your request.", false},
		{"Scope", "This policy covers the following notices as they apply to you.",
			"This policy covers the following notice as it applies to you.", false},
	})
}
