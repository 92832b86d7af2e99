package material

import "testing"

// TestTimeOfAct: the time of another act said by a preposition ("during
// service delivery", "on posting") or by a conjunction ("while we deliver
// the services", "as soon as you close the browser", "when it is posted")
// frames the act the same way; neither is a condition the other lacks
// (b29-21, b35-07); a day named after "on" is not an act (b37-08). A condition that changes when the act happens, or a
// hedge, is material.
func TestTimeOfAct(t *testing.T) {
	runRestated(t, []restatedCase{
		{"during → while", "Information we access",
			"We protect the data we access during service delivery with reasonable safeguards.",
			"We protect the data we access while we deliver the services with reasonable safeguards.", false},
		{"during → while you are on", "Camera",
			"The app uses your camera during video calls.",
			"The app uses your camera while you are on video calls.", false},
		{"when → as soon as", "Cookies",
			"Session cookies are deleted when you close the browser.",
			"Session cookies are deleted as soon as you close the browser.", false},
		{"when posted → on posting", "Changes to this policy",
			"We will post any changes on this page, and the revised policy will be effective when it is posted.",
			"We will post any changes on this page, and each revised policy takes effect on posting.", false},
		{"when posted → on the date stated", "Changes to this policy",
			"Any changes will become effective when we post the revised policy on this page.",
			"Any changes will become effective on the date stated in the revised policy.", true},
		{"during added over a period", "Retention",
			"We keep your payment records for 7 years.",
			"We keep your payment records during your subscription.", true},
		{"when → 30 days after", "Retention",
			"Session cookies are deleted when you close the browser.",
			"Session cookies are deleted 30 days after you close the browser.", true},
		{"as soon as → when we choose", "Breach notification",
			"We will notify you as soon as we learn of a breach.",
			"We will notify you of a breach if we decide that notice is needed.", true},
	})
}
