package material

import (
	"strings"
	"testing"
)

// TestPurposeModal holds b44-35's family: the "can" of a "so that" clause
// says what an act is for and permits nothing; a modal of the main clause
// still weakens or strengthens the commitment.
func TestPurposeModal(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"a purpose said with 'so that … can be detected' (b44-35)", "Audit Logs",
			"System activity logs record user actions to detect unauthorised access or misuse.",
			"User actions are recorded in system activity logs so that unauthorised access or misuse can be detected.", false},
		{"'in order that … may' for 'to'", "Backups",
			"We keep encrypted backups of your account data to restore it after an outage.",
			"We keep encrypted backups of your account data in order that it may be restored after an outage.", false},
		{"'so that we can' for 'so that we'", "Security",
			"We monitor our systems so that we detect security incidents early.",
			"We monitor our systems so that we can detect security incidents early.", false},
		{"'so that it can fix' → ', so it can carry out' (b10-19)", "Making a claim",
			"We pass your claim details to the repair garage you pick so that it can fix your car.",
			"Your claim details are handed over to the repair garage of your choosing, so it can carry out the repair on your car.", false},
		{"'so that it can provide' → 'So that you can receive' (b11-40)", "Who do we share your information with?",
			"We share your contact details with Omnis Software France so that it can provide local support in your language.",
			"So that you can receive local support in your own language, we pass your contact details on to Omnis Software France.", false},
		// Material twins: the main clause's force, and what the reader
		// may do ("so that you can" is "to allow you to", b41-29).
		{"'steps to allow you to correct' → 'steps so that you can correct' (b41-29)", "Your rights",
			"We take reasonable steps to allow you to correct, amend, delete, or limit the use of your personal data.",
			"We take reasonable steps so that you can correct, amend, delete or limit the use of your personal data.", false},
		{"we may give you the tools, so that you can delete", "Your rights",
			"We give you the tools so that you can delete your personal data yourself.",
			"We may give you the tools so that you can delete your personal data yourself.", true},
		{"logs may record, not record", "Audit Logs",
			"System activity logs record user actions to detect unauthorised access or misuse.",
			"System activity logs may record user actions to detect unauthorised access or misuse.", true},
		{"we may keep backups, so that they can be restored", "Backups",
			"We keep encrypted backups of your account data so that it can be restored after an outage.",
			"We may keep encrypted backups of your account data so that it can be restored after an outage.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
