package material

import "testing"

// TestDateInCommitment: a date changed in a sentence that commits to
// something is no policy date, though a label's words ("last updated",
// "effective date", "revised") stand beside it: which accounts are
// deleted, which requests are answered, moved by a year. Twins: the
// dating lines of the policy, alone or with a sentence that commits to
// nothing, stay minor.
func TestDateInCommitment(t *testing.T) {
	runRestated(t, []restatedCase{
		{"accounts last updated before a date, deleted", "Data retention",
			"We delete accounts last updated before 1 January 2024.",
			"We delete accounts last updated before 1 January 2025.", true},
		{"the effective date of new terms bounds a deletion", "Data retention",
			"Accounts not used since 1 March 2023 (the effective date of our new terms) are deleted.",
			"Accounts not used since 1 March 2024 (the effective date of our new terms) are deleted.", true},
		{"requests after an effective date", "Your rights",
			"Requests received after the effective date of 1 July 2024 are answered within 30 days.",
			"Requests received after the effective date of 1 July 2025 are answered within 30 days.", true},
		{"profiles revised before a year, erased", "Data retention",
			"Profiles revised before 2020 are archived and then erased.",
			"Profiles revised before 2023 are archived and then erased.", true},
		{"twin: the Last updated line", "Privacy policy",
			"Last updated: 1 January 2024", "Last updated: 1 March 2025", false},
		{"twin: the policy last updated on", "Privacy policy",
			"This Privacy Policy was last updated on 4 March 2024.",
			"This Privacy Policy was last updated on 9 May 2025.", false},
		{"twin: an effective date, then a plea", "Privacy policy",
			"Effective date: March 4, 2024. Please read this policy carefully.",
			"Effective date: May 9, 2025. Please read this policy carefully.", false},
		{"twin: a version's date", "Privacy policy",
			"Version 3, effective 1 January 2024", "Version 3, effective 1 March 2025", false},
		{"twin: the notice revised, in a sentence saying what it explains", "Introduction",
			"This notice, last revised on 4 March 2024, explains how Acme uses your personal data.",
			"This notice, last revised on 9 May 2025, explains how Acme uses your personal data.", false},
		{"twin: an effective date for all users", "Privacy policy",
			"**Last Updated on December 13, 2019.** This Privacy Policy is effective **January 1, 2020** for all users.",
			"**Last Updated on June 30, 2022.** This Privacy Policy is effective **July 1, 2022** for all users.", false},
		{"twin: a note of an update, saying what it adds", "Privacy policy",
			"Your privacy is important. As of 12 May 2025 we’ve updated our Privacy Policy to include additional detail about our data processing.",
			"Your privacy is important. As of 6 August 2025 we’ve updated our Privacy Policy to include additional detail about our data processing.", false},
		{"twin: valid from, updated", "Privacy policy",
			"Valid from 7th of May 2020, updated 15th of Aug 2023.",
			"Valid from 7th of May 2020, updated 8th of May 2026.", false},
	})
}
