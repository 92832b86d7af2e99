package material

import "testing"

// TestForceWordsInOtherPhrases: a force word inside a phrase that says
// something else commits to nothing: the superlative "the most recent
// version" is not the quantifier "most users", the adjective "up to date"
// is not the bound "up to 30 days", "within" before a place or a group
// ("controllers within the Sinch Group") is not a deadline, and "reviewed
// by a human" is "human review". "Kept until deleted after 90 days" is
// "kept for 90 days, after which it is deleted": the deletion ends the
// period, not a condition. Twins keep the quantifier, the bound, the
// deadline, a hedge or another period. (Written before the rules were
// changed for b27-09, b27-13, b27-32 and b27-41.)
func TestForceWordsInOtherPhrases(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b27-32", "19. CHANGES TO THIS PRIVACY POLICY",
			"The most up to date version will be published on our website.",
			"We will publish the latest version on our website.", false},
		{"the most recent → the latest", "Changes to this policy",
			"The most recent version of this policy is always available on our website.",
			"The latest version of this policy is always available on our website.", false},
		{"twin: the most recent → some recent", "Backups",
			"We keep the most recent backup of your workspace.",
			"We keep some recent backups of your workspace.", true},
		{"twin: most backups", "Backups",
			"We delete the backups of your workspace after 30 days.",
			"We delete most backups of your workspace after 30 days.", true},
		{"twin: up to 30 days", "Retention",
			"We keep server logs for 30 days.",
			"We keep server logs for up to 30 days.", true},

		{"b27-13", "1. Who are we?",
			"The processing explained in this policy may be carried out by Sinch Email or other data controllers in the Sinch Group.",
			"Sinch Email or other data controllers within the Sinch Group may carry out the processing explained in this policy.", false},
		{"in the EEA → within the EEA", "International transfers",
			"We store your data on servers in the European Economic Area.",
			"We store your data on servers within the European Economic Area.", false},
		{"twin: within a reasonable time added", "Your rights",
			"We will respond to your request.",
			"We will respond to your request within a reasonable time.", true},
		{"twin: within 30 days → within the period the law allows", "Your rights",
			"We will respond to your request within 30 days.",
			"We will respond to your request within the period the law allows.", true},
		{"twin: within the group and its partners", "Who we share with",
			"We share your data with companies in the Sinch Group.",
			"We share your data with companies within the Sinch Group and with our advertising partners.", true},

		{"b27-41", "AI Disclosure (EU AI Act Article 50)",
			"You have the right to request human review of any AI-generated response or to opt out of AI processing where technically feasible. Contact us to exercise these rights.",
			"You may ask for any AI-generated response to be reviewed by a human, or opt out of AI processing where this is technically feasible. To exercise these rights, contact us.", false},
		{"twin: reviewed by an automated system", "Automated decisions",
			"You can ask for human review of any automated decision.",
			"You can ask for any automated decision to be reviewed by an automated system.", true},
		{"twin: human review dropped", "Automated decisions",
			"You can ask for any automated decision to be reviewed by a human.",
			"You can ask for any automated decision to be reviewed again.", true},

		{"b27-09", "Security",
			"If you cancel your account, your data and other information may be retained in our archive or backup record until deleted after 90 days.",
			"If you cancel your account, we may keep your data and other information in our archive or backup records for 90 days, after which it is deleted.", false},
		{"twin: after which it may be deleted", "Security",
			"Your data will be retained in our backups until deleted after 90 days.",
			"We will keep your data in our backups for 90 days, after which it may be deleted.", true},
		{"twin: after which it is usually deleted", "Security",
			"Your data will be retained in our backups until deleted after 90 days.",
			"We will keep your data in our backups for 90 days, after which it is usually deleted.", true},
		{"twin: 180 days", "Security",
			"Your data will be retained in our backups until deleted after 90 days.",
			"We will keep your data in our backups for 180 days, after which it is deleted.", true},
		{"twin: until you ask", "Security",
			"Your data will be retained in our backups until deleted after 90 days.",
			"We will keep your data in our backups until you ask us to delete it.", true},
		{"twin: after the account is closed", "Security",
			"Your data will be retained in our backups until deleted after 90 days.",
			"We will keep your data in our backups and delete it 90 days after you close your account.", true},
	})
}
