package material

import (
	"strings"
	"testing"
)

// TestWeighedAct: an act the author used to promise, now only weighed
// ("we will consider deleting"), is a commitment weakened; the same verb
// giving a view of a thing ("we consider your IP address personal data")
// promises nothing less.
func TestWeighedAct(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Deleting your account", "When you close your account, we will delete your data.", "When you close your account, we will consider deleting your data.", true},
		{"Your rights", "If you ask, we will delete your photos.", "If you ask, we will consider your request to delete your photos.", true},
		{"Your rights", "We will correct inaccurate data when you tell us about it.", "We will evaluate whether to correct data you tell us is inaccurate.", true},
		{"Data we collect", "We treat your IP address as personal data.", "We consider your IP address personal data.", false},
		{"Data we collect", "We treat anything you upload as confidential.", "We consider anything you upload confidential.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestPromptness: "promptly" binds when a promised act happens; dropping
// it lets the act wait. "Immediately" for "without undue delay" is the
// same promptness.
func TestPromptness(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Account security", "If someone signs in to your account without your permission, we will promptly notify you by email.", "If someone signs in to your account without your permission, we will notify you by email.", true},
		{"Data breaches", "We will tell you about a breach that affects you without undue delay.", "We will tell you about a breach that affects you.", true},
		{"Your rights", "We will act on your request to stop marketing.", "We will promptly act on your request to stop marketing.", true},
		{"Data breaches", "We will tell you about a breach that affects you without undue delay.", "We will tell you without undue delay about a breach that affects you.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestAlternativeWayDropped: the author's own team is no recipient, but
// a way of reaching it offered as an alternative and dropped leaves the
// reader one way fewer to use their rights (GitHub's privacy statement,
// 2023: "contacting GitHub Support or GitHub Premium Support" → "contacting
// GitHub Support").
func TestAlternativeWayDropped(t *testing.T) {
	rb := Builtin()
	text := func(para string) string {
		return "# GitHub Privacy Statement\n\nGitHub provides the GitHub service. This statement says how GitHub uses your data.\n\n## Your rights\n\n" + para +
			"\n\n## Contact\n\nGitHub answers questions about this statement. Write to GitHub at privacy@github.com. GitHub is based in San Francisco.\n"
	}
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"You may delete your data by contacting [GitHub Support](https://support.github.com/contact) or [GitHub Premium Support](https://enterprise.githubsupport.com/).",
			"You may delete your data by contacting [GitHub Support](https://support.github.com/contact?tags=docs-policy).", true},
		{"You may delete your data by contacting [GitHub Support](https://support.github.com/contact).",
			"You may delete your data by contacting [GitHub Support](https://support.github.com/contact) or [GitHub Premium Support](https://enterprise.githubsupport.com/).", true},
		{"You may delete your data by contacting [GitHub Support](https://support.github.com/contact).",
			"By contacting [GitHub Support](https://support.github.com/contact), you may delete your data.", false},
	} {
		rep, cats, why := judgeText(rb, text(tc.old), text(tc.new))
		if rep.Material != tc.material || tc.material && !cats["rights"] {
			t.Errorf("%q → %q: material=%v (categories %v), want %v in rights: %s", tc.old, tc.new, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestMailboxBehindLink: a link whose words stay ("by email") but whose
// mailbox changes writes to someone else; the same mailbox in other
// capitals does not.
func TestMailboxBehindLink(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"*   [by email](mailto:dpa.officer@bbc.co.uk)", "*   [by email](mailto:DataProtection.Officer@bbc.co.uk)", true},
		{"You can reach our officer [by email](mailto:dpo@example.com).", "You can reach our officer [by email](mailto:privacy@example.com).", true},
		{"*   [by email](mailto:DPO@bbc.co.uk)", "*   [by email](mailto:dpo@bbc.co.uk)", false},
	} {
		rep, cats, why := judgeEdit(rb, "How can I contact you?", tc.old, tc.new)
		if rep.Material != tc.material || tc.material && !cats["rights"] {
			t.Errorf("%q → %q: material=%v (%v), want %v in rights: %s", tc.old, tc.new, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestMovedAcrossClauses: the same words, but a condition or a purpose
// now qualifies another act. Clauses reordered whole move nothing.
func TestMovedAcrossClauses(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"With your consent, we use recordings of your voice commands to improve our speech recognition, and we keep them for 90 days.",
			"We use recordings of your voice commands to improve our speech recognition, and with your consent we keep them for 90 days.", true},
		{"We analyse usage to improve the app, and we keep logs for 30 days.",
			"We analyse usage, and to improve the app we keep logs for 30 days.", true},
		{"With your consent, we use recordings of your voice commands to improve our speech recognition, and we keep them for 90 days.",
			"We use recordings of your voice commands to improve our speech recognition with your consent, and we keep them for 90 days.", false},
		{"We keep logs for 30 days; we analyse usage to improve the app.",
			"We analyse usage to improve the app; we keep logs for 30 days.", false},
	} {
		rep, _, why := judgeEdit(rb, "Voice commands", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestRestrictiveClause: a clause that says which ones a noun names,
// dropped or added, changes whom or what a commitment covers ("the seller
// you bought it from" → "sellers"); one that only says the author uses
// them ("the providers we use") or is reworded ("you want" → "you would
// like") does not.
func TestRestrictiveClause(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Sharing", "We share your order history with the seller you bought it from so that they can ship it.", "We share your order history with sellers so that they can ship it.", true},
		{"Sharing", "We share your delivery address with sellers.", "We share your delivery address with the sellers you buy from.", true},
		{"Sharing", "We share your delivery address with the couriers that deliver your parcel.", "We share your delivery address with couriers.", true},
		{"Analytics", "Analytics providers process information about how you use the app.", "The analytics providers we use process information about how you use the app.", false},
		{"Marketing", "You choose the newsletters you want to receive.", "You choose the newsletters you would like to receive.", false},
		{"Marketing", "You can unsubscribe using the link in the emails we send you.", "You can unsubscribe using the link in our emails.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestLeftToJudgment: what a commitment holds on, a fact ("while your
// account is open") or the company's view ("as long as we consider it
// useful"), is a commitment of its own, though its words are ordinary
// ones; reworded, with the same fact or the same view, it is not.
func TestLeftToJudgment(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
		rule              string
	}{
		{"Retention", "We keep your account data for as long as your account is open.", "We keep your account data for as long as we consider it useful.", true, "retention.judgment"},
		{"Retention", "We keep support tickets for as long as we think necessary.", "We keep support tickets until you close your account.", true, ""},
		{"Sharing", "We share your contact details with our partners when you ask us to.", "We share your contact details with our partners when we judge it appropriate.", true, ""},
		{"Retention", "We keep your account data for as long as your account is open.", "We keep your account data while your account is open.", false, ""},
		{"Retention", "We keep your account data for as long as your account is open.", "We keep your account data for as long as your account is active.", false, ""},
		{"Retention", "We keep support tickets for as long as we consider it necessary.", "Support tickets are kept for as long as we consider it necessary.", false, ""},
		// "to be" between the view and its word, and "deem" (b232-20)
		{"Retention", "We will never retain your personal information for longer than is necessary.", "We will never retain your personal information for longer than we consider to be necessary.", true, "retention.judgment"},
		{"Sharing", "We share your contact details with our partners when you ask us to.", "We share your contact details with our partners as we deem appropriate.", true, ""},
		{"Retention", "We keep tickets for as long as we consider it necessary.", "We keep tickets for as long as we consider it to be necessary.", false, ""},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
		if tc.rule != "" && (len(rep.Verdicts) == 0 || rep.Verdicts[0].Rule != tc.rule) {
			t.Errorf("%q → %q: rule %v, want %s", tc.old, tc.new, why, tc.rule)
		}
	}
}

// TestKeptThenDeleted: data kept for a period and then deleted is data
// deleted after that period; another period, another act ("anonymised")
// or a condition on the deletion is not the same.
func TestKeptThenDeleted(t *testing.T) {
	runRestated(t, []restatedCase{
		{"→ Log files are deleted after 90 days.", "Retention",
			"Log files are kept for 90 days and then deleted.",
			"Log files are deleted after 90 days.", false},
		{"→ We delete log files after 90 days.", "Retention",
			"We keep log files for 90 days and then delete them.",
			"We delete log files after 90 days.", false},
		{"→ Log files are kept for 90 days, after which they are deleted.", "Retention",
			"Log files are deleted after 90 days.",
			"Log files are kept for 90 days, after which they are deleted.", false},
		{"→ It deletes log files after 90 days.", "Retention",
			"Log files are kept for 90 days and then deleted.",
			"It deletes log files after 90 days.", false},
		{"→ It removes log files after 90 days.", "Retention",
			"Log files are kept for 90 days and then removed.",
			"It removes log files after 90 days.", false},
		{"twin → It removes log files after 90 days (another act).", "Retention",
			"Log files are kept for 90 days and then deleted.",
			"It removes log files after 90 days.", true},
		{"twin → We delete log files after 30 days.", "Retention",
			"We keep log files for 90 days and then delete them.",
			"We delete log files after 30 days.", true},
		{"twin → Log files are anonymised after 90 days.", "Retention",
			"Log files are kept for 90 days and then deleted.",
			"Log files are anonymised after 90 days.", true},
		{"twin → We delete log files after 90 days of inactivity.", "Retention",
			"We keep log files for 90 days and then delete them.",
			"We delete log files after 90 days of inactivity.", true},
		{"twin → Log files are deleted after 90 days unless you ask us to keep them.", "Retention",
			"Log files are kept for 90 days and then deleted.",
			"Log files are deleted after 90 days unless you ask us to keep them.", true},
	})
}

// TestExclusivePermission: "only X can access it" limits access as "access
// is limited to X" does; dropping the "only", or adding to X, does not.
func TestExclusivePermission(t *testing.T) {
	runRestated(t, []restatedCase{
		{"→ Only employees who need personal data to do their jobs can access it.", "Security",
			"Access to personal data is limited to employees who need it to do their jobs.",
			"Only employees who need personal data to do their jobs can access it.", false},
		{"→ Your documents are seen only by the staff who handle your request.", "Security",
			"Only staff who handle your request may see your documents.",
			"Your documents are seen only by the staff who handle your request.", false},
		{"twin → Employees can access your data.", "Security",
			"Only employees who need it can access your data.",
			"Employees can access your data.", true},
		{"twin → Our support team and our partners can read your messages.", "Security",
			"Only our support team can read your messages.",
			"Our support team and our partners can read your messages.", true},
		{"twin → Employees may access personal data.", "Security",
			"Access to personal data is limited to employees who need it to do their jobs.",
			"Employees may access personal data.", true},
	})
}

// TestRequiredByLaw: "when required by law" is a legal basis, the legal
// obligation; replaced by a request of the recipient's, it is gone, however
// ordinary the words that replace it.
func TestRequiredByLaw(t *testing.T) {
	runRestated(t, []restatedCase{
		{"twin → We may disclose your information to law enforcement when they ask for it.", "Sharing",
			"We may disclose your information to law enforcement when required by law.",
			"We may disclose your information to law enforcement when they ask for it.", true},
		{"twin → We may disclose your information to law enforcement when we think it helps them.", "Sharing",
			"We may disclose your information to law enforcement when required by law.",
			"We may disclose your information to law enforcement when we think it helps them.", true},
		{"→ We may disclose your information to law enforcement where the law requires us to.", "Sharing",
			"We may disclose your information to law enforcement when required by law.",
			"We may disclose your information to law enforcement where the law requires us to.", false},
		{"→ We may disclose your information to law enforcement when we are legally required to.", "Sharing",
			"We may disclose your information to law enforcement when required by law.",
			"We may disclose your information to law enforcement when we are legally required to.", false},
	})
}

// TestServersLocatedIn: "servers in the European Union" and "servers
// located in the European Union" name one place; another place is a
// transfer.
func TestServersLocatedIn(t *testing.T) {
	runRestated(t, []restatedCase{
		{"→ We store your data on servers located in the European Union.", "Where we store your data",
			"Your data is stored on servers in the European Union.",
			"We store your data on servers located in the European Union.", false},
		{"→ Your data is stored on servers based in the European Union.", "Where we store your data",
			"Your data is stored on servers in the European Union.",
			"Your data is stored on servers based in the European Union.", false},
		{"twin → Your data is stored on servers located in the United States.", "Where we store your data",
			"Your data is stored on servers in the European Union.",
			"Your data is stored on servers located in the United States.", true},
		{"twin → Your data is stored on servers in the European Union and the United States.", "Where we store your data",
			"Your data is stored on servers in the European Union.",
			"Your data is stored on servers in the European Union and the United States.", true},
	})
}
