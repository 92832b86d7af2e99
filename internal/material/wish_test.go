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
