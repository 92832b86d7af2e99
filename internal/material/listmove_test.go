package material

import "testing"

// TestListItemConnectiveMoved: an item added at the end of a list moves
// its "and" ("X and Y" → "X, Y and Z"): the "and" removed and the "and"
// added are one, and what is left is the item. Before, the new purpose
// "to send you offers", in ordinary words, was read as the same
// commitments reworded: a miss.
func TestListItemConnectiveMoved(t *testing.T) {
	runCategories(t, []categoryCase{
		{"a purpose added after two", "How we use your data",
			"We use your chat data to train our AI model and to answer your questions.",
			"We use your chat data to train our AI model, to answer your questions and to send you offers.", "purposes"},
		{"a recipient added after two", "Sharing",
			"We share your contact details with our couriers and our payment processor.",
			"We share your contact details with our couriers, our payment processor and our insurers.", "recipients"},
		{"an item removed from three", "How we use your data",
			"We use your address to deliver your orders, to prevent fraud and to send you offers.",
			"We use your address to deliver your orders and to prevent fraud.", "purposes"},
	})
}
