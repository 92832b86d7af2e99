package material

import (
	"strings"
	"testing"
)

// TestNumberOfAVerb: a word of rights said as a verb, made to agree with
// its subject ("should you or anyone request to know" → "if you or anyone
// requests to know", ivpn-ivpn.net 001), counts nothing: it is grammar,
// not one request where there were many. The twins keep a right counted
// down as a noun ("your rights" → "your right", "a request") material.
func TestNumberOfAVerb(t *testing.T) {
	runRestated(t, []restatedCase{
		{"request agreed with anyone (ivpn 001)", "Data we keep",
			"We do not log the IP address of a session, should you or anyone request to know which user was connected.",
			"We do not log the IP address of a session, if you or anyone requests to know which user was connected.", false},
		{"request agreed with a user", "Your rights",
			"Where users request a copy of their personal data, we provide it within 30 days.",
			"Where a user requests a copy of their personal data, we provide it within 30 days.", false},
		{"objects agreed with the customer", "Your rights",
			"If customers object to direct marketing, we stop sending it.",
			"If a customer objects to direct marketing, we stop sending it.", false},
		{"the end of the relationship, said by its verb (b267-20)", "Retention",
			"In most cases, our retention period will come to an end 7 years after the end of your relationship with us.",
			"In most cases, our retention period will come to an end 7 years after your relationship with us ends.", false},
		{"your rights made one right", "Your rights",
			"You can exercise your rights by submitting a request through the privacy portal.",
			"You can exercise your right by submitting a request through the privacy portal.", true},
		{"requests made a request", "Your rights",
			"You may submit requests for deletion through the privacy portal.",
			"You may submit a request for deletion through the privacy portal.", true},
	})
}

// TestPortionToMost: "a portion of" is a part said small, "most" one said
// large (b268-35, a miss): what may be sold with the data grows. "a
// portion" → "part" and "most" → "the majority of" say the same size.
func TestPortionToMost(t *testing.T) {
	const old = "In the event of a merger or sale of all or a portion of our assets, your information may be transferred as part of that transaction."
	runRestated(t, []restatedCase{
		{"a portion → most (b268-35)", "Business transfers", old,
			strings.Replace(old, "a portion of", "most of", 1), true},
		{"a portion → part", "Business transfers", old,
			strings.Replace(old, "a portion of", "part of", 1), false},
		{"a part of our data → most", "Sharing",
			"We share a part of the usage statistics with our partners.",
			"We share most of the usage statistics with our partners.", true},
	})
}
