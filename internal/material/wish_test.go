package material

import "testing"

// TestReaderWish: "would" in what the reader would like ("the store you
// would prefer to visit") states the reader's wish, not a commitment of
// the company's: it is "your preferred store". Twins put the "would" on
// the company ("we would ask", "the store we would prefer"). (Written
// before the rules were changed for b11-22.)
func TestReaderWish(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b11-22", "What sorts of personal information do we hold?",
			"When you book a fitting appointment, we ask for your name, phone number and preferred store.",
			"When you book a fitting appointment, we ask for your name. We also ask for your phone number and for the store you would prefer to visit.", false},
		{"the language you would prefer", "How we use your information",
			"We use your language setting to show you the site in your preferred language.",
			"We use your language setting to show you the site in the language you would prefer.", false},
		{"which newsletters you would like", "Marketing",
			"You can tell us which newsletters you want to receive.",
			"You can tell us which newsletters you would like to receive.", false},
		{"twin: we would ask", "What sorts of personal information do we hold?",
			"When you book a fitting appointment, we ask for your name, phone number and preferred store.",
			"When you book a fitting appointment, we would ask for your name, phone number and preferred store.", true},
		{"twin: the store we would prefer", "What sorts of personal information do we hold?",
			"When you book a fitting appointment, we ask for your name, phone number and preferred store.",
			"When you book a fitting appointment, we ask for your name, phone number and the store we would prefer you to visit.", true},
	})
}

// TestWishAsPurpose: "if you would like to exercise these rights" is the
// reader's purpose, as "to exercise these rights" is, not a condition on
// what the company does; a condition on the reader that is more than
// their wish, or on the company's act, is one.
func TestWishAsPurpose(t *testing.T) {
	runRestated(t, []restatedCase{
		{"→ If you would like to exercise any of these rights, please contact us at privacy@example.com.", "Your rights",
			"To exercise any of these rights, please contact us at privacy@example.com.",
			"If you would like to exercise any of these rights, please contact us at privacy@example.com.", false},
		{"→ If you wish to exercise any of these rights, please contact us.", "Your rights",
			"Please contact us to exercise any of these rights.",
			"If you wish to exercise any of these rights, please contact us.", false},
		{"→ Should you wish to object to direct marketing, click the unsubscribe link in any email.", "Your rights",
			"To object to direct marketing, click the unsubscribe link in any email.",
			"Should you wish to object to direct marketing, click the unsubscribe link in any email.", false},
		{"twin → If you live in California and would like to exercise any of these rights, please contact us at privacy@example.com.", "Your rights",
			"To exercise any of these rights, please contact us at privacy@example.com.",
			"If you live in California and would like to exercise any of these rights, please contact us at privacy@example.com.", true},
		{"twin → If you would like us to, we will delete your data.", "Your rights",
			"We will delete your data.",
			"If you would like us to, we will delete your data.", true},
	})
}
