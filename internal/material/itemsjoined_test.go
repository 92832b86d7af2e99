package material

import "testing"

// TestItemsJoined: two items of a list made one, the second now a clause
// of the first, change what the list allows: "- With the client … - As
// required by law" → "- With the client …, as required by law" (b160-46).
// Items of things split or joined, and steps of instructions, keep their
// sense.
func TestItemsJoined(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a ground made a condition", "Data Sharing",
			"Information may be shared only:\n\n- With the client associated with the request\n- As required by law",
			"Information may be shared only:\n\n- With the client associated with the request, as required by law", true},
		{"a condition made a ground", "Data Sharing",
			"Information may be shared only:\n\n- With the client associated with the request, where required by law",
			"Information may be shared only:\n\n- With the client associated with the request\n- Where required by law", true},
		{"things split", "Information We Collect",
			"We collect:\n\n- Name, email\n- Phone number",
			"We collect:\n\n- Name\n- Email\n- Phone number", false},
		{"steps capitalised and split", "Opting out",
			"To opt out:\n\n- open Settings and select Privacy\n- If enabled, untick Analytics",
			"To opt out:\n\n- Open Settings\n- Select Privacy\n- If enabled, untick Analytics", false},
	})
}
