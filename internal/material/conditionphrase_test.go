package material

import "testing"

// TestConditionPhrase: a condition said as a phrase ("For deletion
// requests", "On receipt of", "Upon learning that") is the condition said
// as a clause (b72-46); a condition whose case changes, or that is
// dropped with its words, is still a change.
func TestConditionPhrase(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b72-46", "Data Deletion", "If a deletion request is received:", "For deletion requests:", false},
		{"on receipt", "Data Deletion", "If a deletion request is received:", "On receipt of a deletion request:", false},
		{"transfers occur", "International Data Transfers", "Where such transfers occur, safeguards are implemented through recognised legal mechanisms.", "For such transfers, safeguards are implemented through recognised legal mechanisms.", false},
		{"upon learning", "Age Restriction", "If we learn that we have collected personal data from a child without verification of parental consent, we will take steps to delete that information promptly.",
			"Upon learning that we have collected personal data from a child without verification of parental consent, we will take steps to delete that information promptly.", false},
		{"on becoming aware", "Data Breach", "If we become aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery.",
			"On becoming aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery.", false},
		{"breach occurs", "Data Breach", "When a breach occurs, we notify the affected customers within 72 hours.", "For a breach, we notify the affected customers within 72 hours.", false},
		{"b72-22", "Legal Basis for Processing (GDPR Article 6)", "We process your personal data only when we have a valid legal basis to do so under GDPR:", "We process your personal data only with a valid legal basis under GDPR:", false},
		// Twins: the case narrowed, widened or dropped.
		{"case narrowed", "Data Deletion", "If a deletion request is received, we delete the data within 30 days.", "For deletion requests from the client, we delete the data within 30 days.", true},
		{"condition dropped", "Data Breach", "If a breach is likely to result in a high risk, we will notify you.", "We will notify you of any breach.", true},
		{"legal basis dropped", "Legal Basis for Processing (GDPR Article 6)", "We process your personal data only when we have a valid legal basis to do so under GDPR:", "We process your personal data under GDPR:", true},
		{"based on", "Legal basis", "We process your data based on your consent.", "We process your data based on providing our services.", true},
		{"upon receipt added", "Cookies", "We delete your data within 30 days.", "Upon receiving your request, we delete your data within 30 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
