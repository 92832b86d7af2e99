package material

import "testing"

// TestVerbItemAdded: a verb and its object joined to a list of what data
// is kept or used "to" do, in no category's words, is a purpose added
// (b104-38, "… enforce our agreements, and send you offers", read "Same
// commitments": an item in no category's words was no item). Twin: the
// same list, its "to" said again before an item.
func TestVerbItemAdded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a purpose added to the list", "Data Retention",
			"We retain your records as needed to meet our legal duties, settle disputes, and enforce our terms.",
			"We retain your records as needed to meet our legal duties, settle disputes, enforce our terms, and send you offers.", true},
		{"an aim put before the list's last", "How we use your information",
			"This helps us to run the app well and to find ways to make it faster.",
			"This helps us to run the app well, to send you offers and to find ways to make it faster.", true},
		{"the same list, its 'to' said again", "Data Retention",
			"We keep your details as needed to run your account, answer your questions, and settle disputes.",
			"We keep your details as needed to run your account, to answer your questions, and to settle disputes.", false},
	})
}
