package material

import (
	"strings"
	"testing"
)

// TestRoundThreeMends: an adjective put before a compound whose head is a
// term narrows it (b119-34); "beforehand" puts the act before its event
// (b119-11); a list in brackets that grows by an item is not an example
// put in (b119-21). Twins keep the same commitments. (Written before the
// rules were changed.)
func TestRoundThreeMends(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a qualifier before a compound of the vocabulary", "Disclosure",
			"We may disclose your data to answer a court request.",
			"We may disclose your data to answer a valid court request.", true},
		{"the same compound, an article changed", "Disclosure",
			"We may disclose your data to answer a court request.",
			"We may disclose your data to answer the court request.", false},
		{"notice given beforehand", "Changes",
			"If we add a new processor, we will tell you.",
			"If we add a new processor, we will tell you beforehand.", true},
		{"a bracketed list grown", "Data we collect",
			"  • Device data (model, operating system) — only with your consent",
			"  • Device data (model, operating system, battery level) — only with your consent", true},
		{"a bracketed list kept, a word outside changed", "Data we collect",
			"  • Device data (model, operating system) — only with your consent",
			"  • Device information (model, operating system) — only with your consent", false},
	})
}

// TestAnswerWordNoName: a word of answer alone after a question ("Nope.")
// names no party (b122-04 was "New recipient: Nope"); a name alone
// there does.
func TestAnswerWordNoName(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Payment data", "We do not store card numbers.", "Do we keep your card number? Nope. We do not store card numbers.")
	for _, w := range why {
		if strings.Contains(w, "Nope") && strings.Contains(w, "New ") {
			t.Errorf("an answer read as a name: %s", w)
		}
	}
	_, _, why = judgeEdit(rb, "Payment data", "We do not store card numbers.", "Who processes card numbers? Adyen. We do not store card numbers.")
	if !strings.Contains(strings.Join(why, "; "), "Adyen") {
		t.Errorf("a name answering a question not reported: %v", why)
	}
}
