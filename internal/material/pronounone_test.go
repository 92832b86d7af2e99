package material

import "testing"

// TestPronounOne: "one" standing for a noun ("one of two roles", "every
// one of them", "no one", "from one country to another") counts nothing;
// a sentence that gains or loses it states no other number. "One" before
// a noun it counts ("one backup copy", "one year") is still a number, so
// is "one of your photos" (not each of them, b55-45), and a count of a
// partitive ("two of our partners") is compared as before.
// (Written for b38-33; b34-21, "all of our group companies" → "every one
// of them", no longer reads a number but still asks what "them" stands
// for.)
func TestPronounOne(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b38-33", "3. ROLE UNDER UK GDPR",
			"Under UK GDPR, OmniCRM operates in two possible roles depending on the context.",
			"Depending on the context, OmniCRM operates in one of two possible roles under UK GDPR.", false},
		{"every one of", "Sharing",
			"We may share your order details with all of our affiliates to deliver your order.",
			"We may share your order details with every one of our affiliates to deliver your order.", false},
		{"any one of", "Sharing",
			"We may share your order details with any of our affiliates to deliver your order.",
			"We may share your order details with any one of our affiliates to deliver your order.", false},
		{"one of three, reordered", "Storage",
			"Depending on your region, your data is stored in three data centres.",
			"Your data is stored in one of three data centres, depending on your region.", false},
		// Material twins: "one" that counts, and a partitive whose count
		// changed.
		{"one copy → two copies", "Security",
			"We keep one backup copy of your data.",
			"We keep two backup copies of your data.", true},
		{"one of → two of", "Sharing",
			"We share your contact details with one of our delivery partners.",
			"We share your contact details with two of our delivery partners.", true},
		{"one of → each of", "Face recognition",
			"We suggest tags for a face detected in one of your photos.",
			"We suggest tags for a face detected in each of your photos.", true},
		{"one of three → one of four", "Storage",
			"Your data is stored in one of three data centres.",
			"Your data is stored in one of four data centres.", true},
	})
}

// TestPronounOneNoCount: the pronoun "one" added or removed is no number
// the change adds or removes, so it does not decide the category either.
func TestPronounOneNoCount(t *testing.T) {
	runRestated(t, []restatedCase{
		{"no one → nobody", "Security",
			"No one outside our support team can read your messages.",
			"Nobody outside our support team can read your messages.", false},
		// Material twin: "one" that counts.
		{"one copy added", "Security",
			"We keep a backup of your data.",
			"We keep one backup copy of your data in each of two regions.", true},
	})
}
