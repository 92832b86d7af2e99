package material

import "testing"

// TestRelativeModal: a "may", "can" or "lets" in a clause that describes
// a noun ("the purposes for which we may process it", "the data which we
// may hold") says what the noun is or makes possible, not how strongly
// the sentence commits (b33-25). A duty traded for it, or a "may" put in
// the sentence's own clause, is weighed.
func TestRelativeModal(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b33-25 variant", "Processors",
			"As processors we process this data as instructed by your employer, who is solely responsible for determining the purposes of processing.",
			"As processors we process this data as instructed by your employer, who is solely responsible for determining the purposes for which we may process it.", false},
		{"data which we may hold", "Your rights",
			"You can access the data which we hold about you.",
			"You can access the data which we may hold about you.", false},
		{"partners whose services can", "Recipients",
			"We share your data with partners whose tools measure our ads.",
			"We share your data with partners whose tools can measure our ads.", false},
		{"who will → who may", "Processors",
			"We share your data with processors, who will delete it after 30 days.",
			"We share your data with processors, who may delete it after 30 days.", true},
		{"may in the main clause too", "Processors",
			"We share your data with our processors, which use it to provide services.",
			"We may share your data with our processors, which can use it to provide services.", true},
		{"will → may", "Your rights",
			"We will respond to your request within 30 days.",
			"We may respond to your request within 30 days.", true},
	})
}
