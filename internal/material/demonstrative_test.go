package material

import "testing"

// TestDemonstrativeBack: "that decision" for "the consumer's decision to
// opt out", in a sentence that names the consumer and the opt-out already,
// points back to what it named: the words left out name nothing new. A
// word the other side never names ("the child's decision" → "that
// decision", with no child), a party or a period added beside it, or a
// number changed, is material.
// (Written for b16-31.)
func TestDemonstrativeBack(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b16-31", "California privacy rights",
			"(3) for a consumer who has opted out of the sale of the consumer’s personal information, respect the consumer’s decision to opt out for at least 12 months before requesting that the consumer authorize the sale of the consumer’s personal information, and",
			"(3) for a consumer who has opted out of the sale of the consumer’s personal information, respect that decision for at least one year before asking the consumer to authorize the sale of the consumer’s personal information, and", false},
		{"your withdrawal of consent → that withdrawal", "Consent",
			"If you withdraw your consent, we will act on your withdrawal of consent immediately.",
			"If you withdraw your consent, we will act on that withdrawal immediately.", false},
		{"the customer's request → this request", "Your rights",
			"Where a customer asks us to delete their data, we will complete the customer's request within 30 days.",
			"Where a customer asks us to delete their data, we will complete this request within 30 days.", false},
		{"another period", "California privacy rights",
			"(3) for a consumer who has opted out of the sale of the consumer’s personal information, respect the consumer’s decision to opt out for at least 12 months before requesting that the consumer authorize the sale of the consumer’s personal information, and",
			"(3) for a consumer who has opted out of the sale of the consumer’s personal information, respect that decision for at least six months before asking the consumer to authorize the sale of the consumer’s personal information, and", true},
		{"a party no longer named", "Children",
			"When a parent asks us, we respect the child's decision to opt out.",
			"When a parent asks us, we respect that decision to opt out.", true},
		{"another party acts", "Your rights",
			"Where a customer asks us to delete their data, we will complete the customer's request within 30 days.",
			"Where a customer asks us to delete their data, our payment processor will complete this request within 30 days.", true},
		{"a period added", "Your rights",
			"Where a customer asks us to delete their data, we will complete the customer's request.",
			"Where a customer asks us to delete their data, we will complete this request within 90 days.", true},
	})
}
