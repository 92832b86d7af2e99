package material

import (
	"strings"
	"testing"
)

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

// TestDescribingModal: "may be different", "may vary" added beside a
// how-to describes the world the reader acts in, not a commitment
// weakened: no force change is read. "Your data is secure" → "… may be
// secure" weakens the quality the sentence stated, and "we will" → "we
// may" the act.
func TestDescribingModal(t *testing.T) {
	rb := Builtin()
	for _, tc := range [][3]string{
		{"Cookies", "To delete cookies in Chrome, open Settings and choose Clear browsing data.",
			"To delete cookies in Chrome, open Settings and choose Clear browsing data (the steps may be different on older versions)."},
		{"Your choices", "You can turn off personalised ads in your device settings.",
			"You can turn off personalised ads in your device settings; the names of these settings may vary by device."},
		{"Transfers", "Your data may be transferred to other countries.",
			"Your data may be transferred to other countries, whose laws may be less protective."},
	} {
		_, _, why := judgeEdit(rb, tc[0], tc[1], tc[2])
		for _, w := range why {
			if strings.Contains(w, ".force") {
				t.Errorf("%q → %q: %s", tc[1], tc[2], w)
			}
		}
	}
	runRestated(t, []restatedCase{
		{"is secure → may be secure", "Security",
			"Your data is secure.",
			"Your data may be secure.", true},
		{"will be encrypted → may be encrypted", "Security",
			"Your data will be encrypted at rest.",
			"Your data may be encrypted at rest.", true},
		{"we respond → we aim to respond", "Your rights",
			"We respond to requests within 30 days.",
			"We aim to respond to requests within 30 days.", true},
	})
}
