package material

import "testing"

// TestRoundFourMends: the misses of blind batches 123-126, in other
// words, each beside a twin that stays minor. A condition put after an
// echoed one ("When we do so, we will …" → "… where required", b123-13);
// an adjective put before those a noun after "all" has (b126-07); a word
// of degree before an adjective of the vocabulary (b126-48, "very basic"
// stays minor); a marker of examples put beside "includes" (b126-16); a
// span past which a denial holds (b123-50); a company named as a
// heading, renamed (b125-28). (Written before the rules were changed.)
func TestRoundFourMends(t *testing.T) {
	runRestated(t, []restatedCase{
		{"condition after an echo", "Changes",
			"We may change our prices. When we do, we will tell you by email.",
			"We may change our prices. When we do, we will tell you by email where required.", true},
		{"an echo on both sides, reworded", "Changes",
			"We may change our prices. When we do, we will tell you by email.",
			"We may change our prices. When we do so, we will tell you by email.", false},
		{"an adjective before the adjectives after 'all'", "Security",
			"Hardware keys are required for all remote engineering laptops.",
			"Hardware keys are required for all new remote engineering laptops.", true},
		{"degree before an adjective of the vocabulary", "Security",
			"Staff may not copy confidential information to removable drives.",
			"Staff may not copy highly confidential information to removable drives.", true},
		{"degree before an ordinary adjective", "Data we collect",
			"We collect basic information about your device.",
			"We collect very basic information about your device.", false},
		{"an example marker beside 'includes'", "Transfers",
			"This currently includes transfers to Canada.",
			"This currently includes, for example, transfers to Canada.", true},
		{"a span put on a denial", "Retention",
			"We do not keep chat transcripts on our servers.",
			"We do not keep chat transcripts on our servers longer than needed.", true},
		{"a company heading renamed", "Data controller",
			"## Northwind Ltd",
			"## Northwind Holdings Ltd", true},
		{"a company heading's form written out", "Data controller",
			"## Northwind Ltd",
			"## Northwind Limited", false},
	})
}
