package material

import "testing"

// TestKeptHowLong: a change inside a period said by a condition ("for as
// long as needed or permitted", "until you close your account") is a
// change of how long data is kept: retention, whatever the words changed
// read like. Twins keep their own category: the data kept changed before
// the period, and a change in another clause of the sentence.
func TestKeptHowLong(t *testing.T) {
	rb := Builtin()
	const h = "Data retention"
	wantOnlyCategory(t, rb, "needed or permitted", h,
		"For each of the categories listed above, we will retain your personal information for as long as needed or permitted, depending on the purpose for obtaining that data.",
		"For each of the categories listed above, we will retain your personal information for as long as permitted, depending on the purpose for obtaining that data.", "retention")
	wantOnlyCategory(t, rb, "until closed or asked", "How we use your information",
		"We keep your messages until you delete them or close your account.",
		"We keep your messages until you close your account.", "retention")

	wantOnlyCategory(t, rb, "data kept, before the period", "Sharing",
		"We will retain and share with our partners your personal information for as long as permitted.",
		"We will retain and share with our partners your contact information for as long as permitted.", "!retention")
	wantOnlyCategory(t, rb, "another clause", "Sharing",
		"We keep your messages until you close your account, and we share them with our moderators.",
		"We keep your messages until you close your account, and we share them with our moderators and advertisers.", "!retention")
}
