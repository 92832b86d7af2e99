package material

import "testing"

// TestPurposeConnective: "in order that" is "so that", a purpose said
// with its subject. Twins change the purpose or turn it into a condition:
// they stay material. (Written before the rules were changed.)
func TestPurposeConnective(t *testing.T) {
	runRestated(t, []restatedCase{
		{"in order that, so that", "Sharing",
			"We may share your data with our auditors in order that they can check our accounts.",
			"We may share your data with our auditors so that they can check our accounts.", false},
		{"twin: another purpose", "Sharing",
			"We may share your data with our auditors in order that they can check our accounts.",
			"We may share your data with our auditors so that they can market our services.", true},
		{"twin: a condition", "Sharing",
			"We may share your data with our auditors in order that they can check our accounts.",
			"We may share your data with our auditors even if they check our accounts.", true},
	})
}
