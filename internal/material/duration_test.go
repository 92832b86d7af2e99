package material

import "testing"

// TestDurationRestated: a period given by what it lasts for ("for the
// duration of your account", "the lifetime of your subscription") is the
// condition "for as long as your account exists"; a period "plus 2 years"
// is one "and for 2 further years". Another bound, another number, a
// condition added or a period added is material. (Written for b15-09.)
func TestDurationRestated(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b15-09", "Data Retention",
			"- Account Data: Duration of account plus 2 years for legal compliance",
			"- Account Data: For as long as your account exists, and for 2 further years afterwards, for legal compliance", false},
		{"duration → as long as … is open", "Retention",
			"We keep your data for the duration of your account.",
			"We keep your data for as long as your account is open.", false},
		{"lifetime plus → as long as, more years after that", "Retention",
			"Invoices are kept for the lifetime of your subscription plus 7 years.",
			"Invoices are kept for as long as your subscription exists and for 7 more years after that.", false},
		{"as long as → duration, additional years", "Retention",
			"We keep call recordings for as long as your contract runs and for an additional 6 years.",
			"We keep call recordings for the duration of your contract plus 6 years.", false},
		{"duration → as long as we need it", "Retention",
			"We keep your data for the duration of your account.",
			"We keep your data for as long as we need it.", true},
		{"plus 2 → 3 further", "Data Retention",
			"- Account Data: Duration of account plus 2 years for legal compliance",
			"- Account Data: For as long as your account exists, and for 3 further years afterwards, for legal compliance", true},
		{"a period added", "Retention",
			"We keep your data for the duration of your account.",
			"We keep your data for the duration of your account plus 2 years.", true},
		{"a condition added", "Retention",
			"We keep your data for the duration of your account.",
			"We keep your data for as long as your account is open, if you consent.", true},
		{"2 years → 2 more years", "Retention",
			"We keep your data for the duration of your account plus 2 years.",
			"We keep your data for the duration of your account plus 2 more years, unless the law requires longer.", true},
	})
}
