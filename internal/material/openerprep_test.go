package material

import "testing"

// TestPrepositionOpensSentence: a preposition that opens a sentence is
// written with a capital and is no part of the name after it: "Under
// GDPR" → "Under the GDPR" removes no recipient "Under GDPR" (b201-28).
// A name after it still counts.
func TestPrepositionOpensSentence(t *testing.T) {
	runRestated(t, []restatedCase{
		{"article put", "Your rights", "Under CCPA and other applicable laws, you have the following rights over your personal information:", "Under the CCPA and other applicable laws, you have these rights over your personal information:", false},
		{"during, article put", "Security", "During GDPR audits, we review who can access your data.", "During the GDPR audits, we review who can access your data.", false},
		{"a recipient named after it", "Sharing", "Under our contracts, we share your data with our payment processor.", "Under our contracts, we share your data with Adyen, our payment processor.", true},
	})
}

// TestBrowserNames: browsers named as where the reader changes a setting
// are no party (b202-38).
func TestBrowserNames(t *testing.T) {
	runRestated(t, []restatedCase{
		{"browsers as examples", "Cookies", "You can set your browser to reject cookies.", "You can set your browser to reject cookies (for example, in Chrome, Safari or Firefox settings).", false},
		{"a party beside them", "Cookies", "You can set your browser to reject cookies.", "You can set your browser to reject cookies (for example, in Firefox settings), and we share cookie data with Criteo.", true},
	})
}
