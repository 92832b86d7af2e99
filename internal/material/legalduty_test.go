package material

import "testing"

// TestDutyLoosened: what the law requires of the author said instead as
// its own need or judgement, or a standard hedged (b99-07, b99-15,
// b101-18, b102-36, written blind and missed: "need" folds to "require",
// and "reasonably" and "commercially" were no words of force). Twins that
// stay minor: the reader's duty restated, a purpose's need restated, the
// law's requirement said another way.
func TestDutyLoosened(t *testing.T) {
	runRestated(t, []restatedCase{
		{"the author's legal duty made its own need", "Our legal basis",
			"We keep your invoices where we are required to do so by tax law.",
			"We keep your invoices where we need to do so.", true},
		{"where required made where possible", "Transfers",
			"We carry out a transfer impact assessment where required.",
			"We carry out a transfer impact assessment where possible.", true},
		{"a choice made a legal duty", "Transfers",
			"We carry out a transfer impact assessment where possible.",
			"We carry out a transfer impact assessment where required by law.", true},
		{"necessary hedged", "Retention",
			"We keep access logs only as long as is necessary for security.",
			"We keep access logs only as long as is reasonably necessary for security.", true},
		{"reasonable hedged", "Security",
			"We take reasonable steps to protect your personal data.",
			"We take commercially reasonable steps to protect your personal data.", true},
		// b127-37: a word's capital changed two sentences on made the
		// passage look rewritten, and the hedge went unread.
		{"reasonable hedged, a capital changed beside it", "Security",
			"We take reasonable steps to protect your personal data. However, no internet or email transmission is ever fully secure or error-free. Please keep this in mind when you send us information over the internet.",
			"We take commercially reasonable steps to protect your personal data. However, no Internet or email transmission is ever fully secure or error-free. Please keep this in mind when you send us information over the Internet.", true},
		{"only capitals changed beside the standard", "Security",
			"We take commercially reasonable steps to protect your personal data. However, no internet or email transmission is ever fully secure or error-free. Please keep this in mind when you send us information over the internet.",
			"We take commercially reasonable steps to protect your personal data. However, no Internet or email transmission is ever fully secure or error-free. Please keep this in mind when you send us information over the Internet.", false},
		{"where the law applies made the author's judgement", "Your rights",
			"We will help our customers answer your requests where applicable.",
			"We will help our customers answer your requests where commercially reasonable.", true},
		{"what a purpose needs made what suits it", "Transfers",
			"Engineers abroad may access the logs as needed to fix faults.",
			"Engineers abroad may access the logs as convenient to fix faults.", true},
		{"the reader's duty restated", "Your account",
			"You are required to provide your email address to open an account.",
			"You need to provide your email address to open an account.", false},
		{"what a purpose needs, restated", "Transfers",
			"Support staff may access your data as required to deliver support.",
			"Support staff may access your data where needed to deliver support.", false},
		{"the law's requirement said another way", "Retention",
			"We retain payment records where required by law.",
			"We retain payment records where the law requires it.", false},
	})
}
