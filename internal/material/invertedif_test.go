package material

import "testing"

// TestInvertedCondition: "should" with its subject after it ("Should this
// happen", "Should the law require it") opens a condition, and says what
// "if" says; "should" after its subject advises or binds, and a condition
// made a statement, or a word of the condition changed, stays material.
// (Written for b40-11.)
func TestInvertedCondition(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b40-11", "When we disclose your information",
			"*   If Urban Dictionary is acquired by or merged with another company, we will transfer your information along with the Urban Dictionary website. Should this happen, Urban Dictionary will provide advance notice of the transfer and of resulting changes to these terms on the Urban Dictionary website and, where possible, by email.",
			"*   If another company acquires Urban Dictionary or merges with it, we will transfer your information along with the Urban Dictionary website. If this happens, Urban Dictionary will provide advance notice of the transfer and of resulting changes to these terms on the Urban Dictionary website and, where possible, by email.", false},
		{"should the law require → if the law requires", "Retention",
			"We delete your data after 30 days. Should the law require it, we keep it longer.",
			"We delete your data after 30 days. If the law requires it, we keep it longer.", false},
		{"should any dispute arise → if any dispute arises", "Disputes",
			"Should any dispute arise about your data, you may complain to the supervisory authority.",
			"If any dispute arises about your data, you may complain to the supervisory authority.", false},
		{"should this happen → this may happen", "Business transfers",
			"Should this happen, we will tell you by email.",
			"This may happen, and we will tell you by email.", true},
		{"should the law require → if the law allows", "Retention",
			"We delete your data after 30 days. Should the law require it, we keep it longer.",
			"We delete your data after 30 days. If the law allows it, we keep it longer.", true},
		{"a duty: we should → if we", "Security",
			"We should notify you of a breach within 72 hours.",
			"If we notify you of a breach, it is within 72 hours.", true},
		{"should this happen → whether or not this happens", "Business transfers",
			"Should this happen, we will tell you by email.",
			"Whether or not this happens, we will tell you by email.", true},
	})
}
