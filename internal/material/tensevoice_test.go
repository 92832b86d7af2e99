package material

import "testing"

// TestPastShifted: a commitment said as what was done reports the past
// and promises nothing, whatever else the sentence changes on the way
// (b244); a verb in the past in a clause of time or condition, in a
// clause that says which thing, or the reader's own past act is no
// report.
func TestPastShifted(t *testing.T) {
	runRestated(t, []restatedCase{
		{"will notify → notified", "Breaches",
			"If Northwind becomes aware of a breach affecting your account, we will notify you within 72 hours.",
			"If Northwind became aware of a breach affecting your account, we notified you within 72 hours.", true},
		{"do not use → has not been used", "Marketing",
			"Northwind does not use customer files for advertising.",
			"Customer files have not been used by Northwind for advertising.", true},
		{"will notify → were notified", "Changes",
			"Changes: we will email you at least 30 days before changes take effect.",
			"Changes: you were emailed at least 30 days before changes took effect.", true},
		{"the perfect in a clause of time", "Research studies",
			"We will anonymise your survey answers once the study ends.",
			"Anonymisation of your survey answers will take place once the study has ended.", false},
		{"the perfect saying which thing", "Deletion",
			"You can request us to delete all the information we have collected about you.",
			"You can ask us to delete all of the information that we have collected about you.", false},
		{"the past dating a thing", "Projects",
			"If you join a project, your username, the date access was granted and your access role will be shared with its owners.",
			"If you join a project, your username, the date when access was granted and your access role will be shared with its owners.", false},
		{"what a parent believes", "Children",
			"If you are a parent and believe your child has provided us with personal information, please contact us.",
			"If you are a parent and believe a child in your care has provided us with personal information, please contact us.", false},
	})
}

// TestAgentDropped: a clause that says which thing by who acts ("the
// purposes we specify", "information that you provide", "support
// requested by you") no longer says which in the passive without its
// agent (b244-13, 34, 36); the company said in the passive in a clause
// of its own is still the company.
func TestAgentDropped(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the purposes we specify", "Service providers",
			"Our vendors may use the data only for the purposes we specify.",
			"Our vendors may use the data only for the purposes that have been specified.", true},
		{"information that you provide", "What we collect",
			"- Information that you provide to us, such as your name and address",
			"- Information that is provided to us, such as your name and address", true},
		{"support requested by you", "Access",
			"Staff may open your account to provide support requested by you, or as required by law.",
			"Staff may open your account to provide support that has been requested, or as required by law.", true},
		{"the purposes specified by us", "Service providers",
			"Our vendors may use the data only for the purposes we specify.",
			"Our vendors may use the data only for the purposes that are specified by us.", false},
		{"we keep, in the passive", "Retention",
			"We keep the invoices you receive for seven years.",
			"The invoices you receive are kept for seven years.", false},
	})
}

// TestAskedParty: what the reader could do themselves, now only asked of
// a department or a team of the company (b245-38); "a request by writing
// to" names no party asked.
func TestAskedParty(t *testing.T) {
	runRestated(t, []restatedCase{
		{"ask HR to update", "Your account",
			"You can review and update your profile details in your settings.",
			"You can review your profile details in your settings and ask HR to update them.", true},
		{"ask our support team to delete", "Your account",
			"You can delete your account in your settings.",
			"You can ask our support team to delete your account.", true},
		{"a request by writing to", "Your rights",
			"Requests can be submitted by contacting: contact@northwind.example",
			"You can send us a request by writing to: contact@northwind.example", false},
	})
}

// TestPurposeRunInList: a purpose of ordinary words put into a list of
// purposes run into a sentence is a purpose added (b249-06).
func TestPurposeRunInList(t *testing.T) {
	runRestated(t, []restatedCase{
		{"dispute handling added", "Enquiries",
			"Messages sent through the contact form may be kept for customer service, relevant marketing and business record purposes.",
			"Messages sent through the contact form may be kept for customer service, relevant marketing, dispute handling and business record purposes.", true},
		{"the same list, reordered", "Enquiries",
			"Messages sent through the contact form may be kept for customer service, relevant marketing and business record purposes.",
			"Messages sent through the contact form may be kept for relevant marketing, customer service and business record purposes.", false},
	})
}

// TestExplainedWay: an explanation that names the way a right is used or
// a change announced ("which means sending a signed letter", "which
// means publishing the policy") is the commitment narrowed (b250-18,
// b250-20); one that says why is not.
func TestExplainedWay(t *testing.T) {
	runRestated(t, []restatedCase{
		{"withdrawal by letter", "Your rights",
			"You may withdraw your consent at any time.",
			"You may withdraw your consent at any time, which means sending a letter to our office.", true},
		{"notice by publishing", "Changes",
			"If we make changes, we will take appropriate steps to bring them to your attention.",
			"If we make changes, we will take appropriate steps to bring them to your attention, which means publishing the new policy.", true},
		{"a reason", "Your rights",
			"You may withdraw your consent at any time.",
			"You may withdraw your consent at any time, because it is your choice.", false},
	})
}

// TestSavingClause: a saving of the reader's rights or the company's
// duties ("without prejudice to your rights under the GDPR", "without
// limiting its obligations under applicable law", "in addition to any
// notice required by law") takes nothing away (b246).
func TestSavingClause(t *testing.T) {
	runRestated(t, []restatedCase{
		{"without prejudice to the other measures", "Security",
			"Northwind enforces multi-factor authentication for all staff accounts.",
			"Northwind enforces multi-factor authentication for all staff accounts, without prejudice to the other measures in this section.", false},
		{"without limiting its obligations", "Security",
			"Northwind implements reasonable safeguards to protect your data.",
			"Without limiting its obligations under applicable law, Northwind implements reasonable safeguards to protect your data.", false},
		{"in addition to any notice required by law", "Changes",
			"If we change this policy, then we will email you.",
			"If we change this policy, then, in addition to any notice required by law, we will email you.", false},
		{"without your consent: no saving", "Sharing",
			"We share your data with our partners.",
			"We share your data with our partners without asking you first.", true},
	})
}
