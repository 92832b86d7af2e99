package material

import "testing"

// TestSettableSaid: what the reader can set, said as an adjective or as
// the power itself, is the same setting (b102-27, b107-26, b111-26); a
// setting traded for another power, or the power taken away, is not.
// (Written before the rules were changed.)
func TestSettableSaid(t *testing.T) {
	runRestated(t, []restatedCase{
		{"configurable → adjustable", "Retention",
			"Call recordings: 60 days (configurable in your account settings)",
			"Call recordings: 60 days (adjustable in your account settings)", false},
		{"customisable → you can change this", "Retention",
			"Call recordings: 60 days (customisable in your account settings)",
			"Call recordings: 60 days (you can change this in your account settings)", false},
		{"a setting made a deletion", "Retention",
			"Call recordings: 60 days (configurable in your account settings)",
			"Call recordings: 60 days (deletable in your account settings)", true},
		{"the setting taken away", "Retention",
			"Call recordings: 60 days (configurable in your account settings)",
			"Call recordings: 60 days (fixed for all accounts)", true},
	})
}
