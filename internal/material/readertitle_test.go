package material

import "testing"

// TestReaderTitlesOut: the reader titled "the User" where the other text says
// "you" is the same reader (b214). A reader narrowed to some readers, or a
// duty moved from the company to the reader, stays a change.
func TestReaderTitlesOut(t *testing.T) {
	const o = "We keep your support tickets for 12 months and then delete them."
	runRestated(t, []restatedCase{
		{"the User’s", "Retention", o, "We keep the User’s support tickets for 12 months and then delete them.", false},
		{"the User as subject", "Your choices", "You can export your support tickets at any time.", "The User can export their support tickets at any time.", false},
		{"the data subject", "Your rights", "You can ask us for a copy of your data.", "The data subject can ask us for a copy of their data.", false},
		// Twins.
		{"some readers", "Your choices", "You can export your support tickets at any time.", "Premium customers can export their support tickets at any time.", true},
		{"the reader's duty", "Retention", o, "The User must delete their support tickets after 12 months.", true},
	})
}
