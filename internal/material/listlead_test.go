package material

import "testing"

// TestListLeadFrame holds what batches 17 and 18 showed (b17-24,
// b18-26): an item of a list changed within itself completes its
// lead-in's sentence, whose act says what changed. "Information may be
// shared only:", then "With the client associated with the request" →
// "… and with that client's other service providers" shares with more
// parties (it was read as rights, for "request"); "As required by law" →
// "As required or permitted by law" is a new occasion of sharing (it was
// read as the legal basis). Its twins keep the category they had: an
// occasion under a lead-in of legal bases or of use, an item whose shape
// names no party under a lead-in of sharing, and an item under a lead-in
// that names no category. (Written before leadFrame.)
func TestListLeadFrame(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"invented: more parties, the item naming a request", "Who sees your data",
			"Your details may be shared only:\n\n- With the agent handling your request\n- With your employer, if it pays for your account",
			"Your details may be shared only:\n\n- With the agent handling your request and with that agent's team leaders\n- With your employer, if it pays for your account",
			"recipients"},
		{"invented: a party added, the item naming a complaint", "Disclosures",
			"We disclose your information only:\n\n- To the mediator reviewing your complaint\n- To our auditors",
			"We disclose your information only:\n\n- To the mediator reviewing your complaint and to the insurer covering it\n- To our auditors",
			"recipients"},
		{"invented: an occasion widened by law", "Disclosures",
			"Personal data may be disclosed only:\n\n- To our hosting provider\n- As required by law",
			"Personal data may be disclosed only:\n\n- To our hosting provider\n- As required or permitted by law",
			"recipients"},
		{"invented: an occasion widened by a regulator", "Sharing",
			"Your records are shared only:\n\n- With your doctor\n- When a court orders it",
			"Your records are shared only:\n\n- With your doctor\n- When a court or a government agency orders it",
			"recipients"},
		{"twin: a legal basis under a list of legal bases", "Legal basis",
			"We rely on the following legal bases:\n\n- Your consent\n- As required by law",
			"We rely on the following legal bases:\n\n- Your consent\n- As required or permitted by law",
			"legal-basis"},
		{"twin: the item names retention more strongly", "Sharing",
			"We share your data with:\n\n- Our archive provider, which stores and deletes backups on our instructions\n- Our auditors",
			"We share your data with:\n\n- Our archive provider, which stores backups on our instructions\n- Our auditors",
			"retention"},
		{"twin: a legal basis under a lead-in of use", "How we use your data",
			"We will use your personal data only in these circumstances:\n\n- Where you have consented\n- Where we need to comply with a legal obligation",
			"We will use your personal data only in these circumstances:\n\n- Where you have consented\n- Where we need to comply with a legal or regulatory obligation",
			"legal-basis"},
		{"twin: a purpose added to an item under a lead-in of sharing", "Sharing",
			"We share your data with:\n\n- Our payment provider, to take your payments\n- Our auditors",
			"We share your data with:\n\n- Our payment provider, to take your payments and to build marketing profiles\n- Our auditors",
			"purposes"},
		{"twin: no lead-in category, the item's own", "How we use data",
			"Below is what happens to what you send:\n\n- We keep your messages for support and quality checks\n- We answer you",
			"Below is what happens to what you send:\n\n- We keep your messages for support, quality checks and to train our AI models\n- We answer you",
			"ai"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
