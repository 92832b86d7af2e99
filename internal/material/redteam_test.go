package material

import (
	"fmt"
	"testing"
)

// TestRecallRedTeam: the misses of blind batch 27, a red team of subtle
// material edits, each as a family with minor twins.
//   - An adjective put to, or taken from, a noun of the commitment's own
//     vocabulary says which of them: "relevant marketing" → "marketing"
//     (b27-34); "we do not collect location data" → "… precise location
//     data" (b27-43). Praise picks out nothing: "trusted partners".
//   - The same words, a denial on another verb: "We do not use AI to make
//     decisions that have legal effects" → "We use AI to make decisions
//     that do not have legal effects" (b27-39).
//   - Words that open a list of examples are no typo: "a payment
//     processor, Stripe" → "payment processors, such as Stripe" (b27-03).
//   - A word of degree put to the changes a notice is owed for: "of the
//     above-mentioned changes" → "of significant changes" (b27-10).
func TestRecallRedTeam(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Retention", "Data submitted via contact forms may be retained for customer service, relevant marketing and business record purposes.",
			"Data submitted via contact forms may be retained for customer service, marketing and business record purposes.", true},
		{"Mobile app", "We do not collect location data, contacts, photos, or other device data beyond what is listed above.",
			"We do not collect precise location data, contacts, photos, or other device data beyond what is listed above.", true},
		{"Sharing", "We share your order details with our trusted delivery partners.",
			"We share your order details with our delivery partners.", false},
		{"AI", "We do not use AI to make automated decisions that have legal or similarly significant effects on you.",
			"We use AI to make automated decisions that do not have legal or similarly significant effects on you.", true},
		{"AI", "We do not use AI to make automated decisions that have legal or similarly significant effects on you.",
			"We do not use AI to make automated decisions that have similarly significant or legal effects on you.", false},
		{"Payments", "If you buy a plan, we will transmit your payment information to a third-party payment processor, Stripe.",
			"If you buy a plan, we will transmit your payment information to third-party payment processors, such as Stripe.", true},
		{"Payments", "If you buy a plan, we will transmit your payment information to a third-party payment processer, Stripe.",
			"If you buy a plan, we will transmit your payment information to a third-party payment processor, Stripe.", false},
		{"Changes", "We may modify this policy at any time. Notifications of the above-mentioned changes will be sent to you by email.",
			"We may modify this policy at any time. Notifications of significant changes will be sent to you by email.", true},
		{"Changes", "We may modify this policy at any time. We will notify you of material changes by email.",
			"We may modify this policy at any time. We will notify you of changes by email.", true},
		{"Changes", "We may modify this policy at any time. We will notify you of material changes by email.",
			"We may modify this policy at any time. We will notify you by email of any material changes.", false},
	})
}

// TestOneDenialOneDeadline: "neither rent nor sell" is one denial, as
// "do not rent or sell" is (b27-12); "within a maximum of ninety days" is
// one deadline, as "within ninety days at the latest" is (b27-16). A
// denial lifted and a deadline moved stay material.
func TestOneDenialOneDeadline(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Sharing", "We neither rent nor sell your personal information to third parties.",
			"We do not rent or sell your personal information to third parties.", false},
		{"Sharing", "We do not rent or sell your personal information to third parties.",
			"We neither rent nor sell your personal information to third parties.", false},
		{"Sharing", "We neither rent nor sell your personal information to third parties.",
			"We rent or sell your personal information to third parties.", true},
		{"Sharing", "We neither rent nor sell your personal information to third parties.",
			"We do not rent your personal information to third parties.", true},
		{"Retention", "Backups are deleted within a maximum of ninety (90) days.",
			"Backups are deleted within ninety (90) days at the latest.", false},
		{"Retention", "Backups are deleted within a maximum of ninety (90) days.",
			"Backups are deleted after ninety (90) days.", true},
		{"Retention", "Backups are deleted within a maximum of ninety (90) days.",
			"Backups are deleted within one hundred and twenty (120) days at the latest.", true},
	})
}

// TestRecallRedTeam2: the misses of blind batch 28, a second red team,
// each as a family with minor twins.
//   - A phrase after a preposition added to a commitment and nothing
//     else says for which ones: "on your dashboard" → "… on paid plans"
//     (b28-33) is to confirm.
//   - A word traded for one of another kind, though WordNet calls both
//     ordinary: "the same as" → "comparable to" (b28-04), "a higher age"
//     → "a different age" (b28-34), "removed from" → "deactivated in"
//     (b28-06).
//   - What the reader could do, now only asked of us: "or delete your
//     account" → "or ask us to delete your account" (b28-16).
//   - A threshold dropped from what a test weighs: "any compelling
//     legitimate grounds" → "any legitimate grounds" (b28-25).
//   - A list regrouped by a preposition: "for profiling, tracking, or
//     marketing purposes" → "for profiling or tracking for marketing
//     purposes" (b28-07).
//   - A permission said to be possible only: "You can opt out" → "You
//     may be able to opt out".
func TestRecallRedTeam2(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"AI", "You can ask for human review of any automated decision from your dashboard.",
			"You can ask for human review of any automated decision from your dashboard on paid plans.", true},
		{"Transfers", "We only transfer data to countries where the level of protection is the same as in the EU.",
			"We only transfer data to countries where the level of protection is comparable to that in the EU.", true},
		{"Transfers", "We only transfer data to countries where the level of protection is the same as in the EU.",
			"We only transfer data to countries where the level of protection is equal to that in the EU.", false},
		{"Children", "Where local law sets a higher age, that age applies.",
			"Where local law sets a different age, that age applies.", true},
		{"Deletion", "When you close your account, your data is removed from our systems within 30 days.",
			"When you close your account, your data is deactivated in our systems within 30 days.", true},
		{"Deletion", "When you close your account, your data is removed from our systems within 30 days.",
			"When you close your account, your data is deleted from our systems within 30 days.", false},
		{"Your rights", "You can download your data or delete your account from the settings page.",
			"You can download your data or ask us to delete your account from the settings page.", true},
		{"Your rights", "At your request, we will delete your account.",
			"If you ask us to, we will delete your account.", false},
		{"Objection", "We will stop processing unless we have any compelling legitimate grounds for it.",
			"We will stop processing unless we have any legitimate grounds for it.", true},
		{"Logs", "These logs are not used for profiling, tracking, or marketing purposes.",
			"These logs are not used for profiling or tracking for marketing purposes.", true},
		{"Logs", "These logs are not used for profiling, tracking, or marketing purposes.",
			"These logs are not used for profiling, tracking or marketing purposes.", false},
		// a permission said to be possible only (found by a helper)
		{"Analytics", "You can opt out of analytics at any time.",
			"You may be able to opt out of analytics at any time.", true},
		{"Analytics", "You may be able to opt out of analytics at any time.",
			"You might be able to opt out of analytics at any time.", false},
		{"Analytics", "You may opt out of analytics at any time.",
			"You are able to opt out of analytics at any time.", false},
	})
}

// TestRecallRedTeam3: the misses of blind batch 29, a third red team.
//   - A sentence that points back to the data before it ("This
//     information may be associated with your account, if you are logged
//     in" → "…, even if you are not logged in", b29-09) is about that data.
//   - A word that says data names no one, dropped or put: "may use
//     aggregated information" → "may use information" (b29-19).
//   - The services a policy says it covers, in the sentence that says what
//     it explains: "when you use our Lead Management Software" → "… Software
//     web application" (b29-27) is its scope, not a table of contents.
func TestRecallRedTeam3(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Logging", "We log your IP address and user agent. This information may be associated with your user account, if you are logged in at the time.",
			"We log your IP address and user agent. This information may be associated with your user account, even if you are not logged in at the time.", true},
		{"Logging", "We log your IP address and user agent. This information may be associated with your user account, if you are logged in at the time.",
			"We log your IP address and user agent. This information may be linked to your user account, if you are logged in at the time.", false},
		{"Advertising", "These companies may use aggregated information about your visits to provide advertisements.",
			"These companies may use information about your visits to provide advertisements.", true},
		{"Advertising", "These companies may use aggregated information about your visits to provide advertisements.",
			"These companies may use aggregate information about your visits to provide advertisements.", false},
		{"Privacy Policy", `This Privacy Policy explains how we collect and use your information when you use our Lead Manager software (the "Service").`,
			`This Privacy Policy explains how we collect and use your information when you use our Lead Manager web application (the "Service").`, true},
		{"Privacy Policy", "This Privacy Policy explains how we collect, use and share your information.",
			"This Privacy Policy explains how we collect, use and disclose your information.", false},
	})
}

// TestRecallRedTeam4: the misses of blind batch 30, a fourth red team.
//   - "each time" taken from a consent asks for it once (b30-24).
//   - What a measure does to a harm, traded: "prevents data exposure" →
//     "reduces data exposure" (b30-28); tenant isolation is a security
//     measure.
//   - An adverb put after a denial denies less: "does not identify any
//     personal details" → "does not directly identify …" (b30-35); "no
//     less than" is a bound, not a denial qualified.
func TestRecallRedTeam4(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"ID photo", "This is done on your initiative and with your explicit consent each time.",
			"This is done on your initiative and with your explicit consent.", true},
		{"ID photo", "This is done on your initiative and with your explicit consent each time.",
			"This is done on your initiative and with your explicit consent every time.", false},
		{"Data isolation", "Each customer account is logically isolated. This prevents data exposure between client environments.",
			"Each customer account is logically isolated. This reduces data exposure between client environments.", true},
		{"Data isolation", "Each customer account is logically isolated. This prevents data exposure between client environments.",
			"Each customer account is logically isolated. This stops data exposure between client environments.", false},
		{"Cookies", "This statistical data does not identify you personally.",
			"This statistical data does not directly identify you personally.", true},
		{"Changes", "We will notify you by email at least 30 days before changes take effect.",
			"We will email you no less than 30 days before changes take effect.", false},
	})
}

// A materialCase is an edit of one paragraph under a heading, and whether
// it is material.
type materialCase struct {
	heading, old, new string
	material          bool
}

// checkMaterial judges each edit (runRestated) and reports those whose
// verdict is not the one wanted, with the rules' reasons.
func checkMaterial(t *testing.T, cases []materialCase) {
	t.Helper()
	named := make([]restatedCase, len(cases))
	for i, tc := range cases {
		named[i] = restatedCase{fmt.Sprintf("%q → %q", tc.old, tc.new), tc.heading, tc.old, tc.new, tc.material}
	}
	runRestated(t, named)
}

// TestProtectiveWordDropped: a word that says how a thing is kept from
// others, dropped or put, changes the promise: "secure offsite storage"
// → "offsite storage" (b31-29, the one miss of held-out batch 31).
func TestProtectiveWordDropped(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Backups", "- Database Backups: Automated daily backups with integrity verification and secure offsite storage",
			"- Database Backups: Automated daily backups with integrity verification and offsite storage", true},
		{"Backups", "Backups are kept in confidential storage at a second site.",
			"Backups are kept in storage at a second site.", true},
		{"Backups", "- Database Backups: Automated daily backups with integrity verification and secure offsite storage",
			"- Database Backups: Automated backups every day with integrity verification and secure offsite storage", false},
	})
}
