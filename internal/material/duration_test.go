package material

import "testing"

// TestDurationRestated: a period given by what it lasts for ("for the
// duration of your account", "the lifetime of your subscription") is the
// condition "for as long as your account exists"; a period "plus 2 years"
// is one "and for 2 further years". Another bound, another number, a
// condition added or a period added is material. (Written for b15-09.)
// "For the life of your account" is the lifetime of it (b79-27, "2 years"
// restated as "24 months" beside it); "the life of another person" is no
// period.
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
		{"b79-27", "Data Retention",
			"• Account Data: Duration of account plus 2 years for legal compliance",
			"• Account Data: For the life of your account plus 24 months, for legal compliance", false},
		{"duration → life", "Retention",
			"We keep account data for the duration of your account.",
			"We keep account data for the life of your account.", false},
		{"life, another period", "Data Retention",
			"• Account Data: Duration of account plus 2 years for legal compliance",
			"• Account Data: For the life of your account plus 12 months, for legal compliance", true},
		{"life, a bound", "Data Retention",
			"• Account Data: Duration of account plus 2 years for legal compliance",
			"• Account Data: For the life of your account plus up to 24 months, for legal compliance", true},
		{"life, a hedge", "Retention",
			"We keep account data for the duration of your account.",
			"We may keep account data for the life of your account.", true},
		{"life, an exception", "Retention",
			"We keep account data for the duration of your account.",
			"We keep account data for the life of your account, unless you ask us to delete it.", true},
		{"life of a person", "Legal basis",
			"We may process your data to protect your vital interests.",
			"We may process your data to protect your life or the life of another person.", true},
	})
}
