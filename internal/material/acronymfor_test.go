package material

import "testing"

// TestAcronymFor: an abbreviation on one side, the words it stands for on
// the other, names the same thing (probed on the seeds: "SCCs" → "Standard
// Contractual Clauses" 8/8, "AI" → "artificial intelligence" 3/9 false
// alarms). Twins: words that only share the initials, or another thing
// named beside the expansion, stay material.
func TestAcronymFor(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"probe: SCCs spelled out", "International Data Transfers", "- Sentry (United States): Error monitoring — protected by SCCs and UK IDTA",
			"- Sentry (United States): Error monitoring — protected by Standard Contractual Clauses and UK IDTA", false},
		{"probe: AI spelled out", "AI Disclosure", "Our chat widget uses artificial intelligence to generate responses.\n\nYou have the right to request human review of any AI-generated response or to opt out of AI processing where technically feasible.",
			"Our chat widget uses artificial intelligence to generate responses.\n\nYou have the right to request human review of any AI-generated response or to opt out of artificial intelligence processing where technically feasible.", false},
		{"probe: the name written out twice in the paragraph", "AI Disclosure", "Our chat widget uses artificial intelligence to generate responses. When you interact with our chat widget, you are communicating with an AI system, not a human.",
			"Our chat widget uses artificial intelligence to generate responses. When you interact with our chat widget, you are communicating with an artificial intelligence system, not a human.", false},
		{"reverse: written as initials", "Security Measures", "OmniCRM enforces Multi-Factor Authentication for all internal staff accounts.",
			"OmniCRM enforces MFA for all internal staff accounts.", false},
		{"a joiner inside", "Who might we share your personal information with?", "We may share it where asked by a public authority such as the Department for Work and Pensions.",
			"We may share it where asked by a public authority such as the DWP.", false},
		{"reverse: hyphenated words written as initials", "Security Measures", "- Role-based access controls for all staff",
			"- RBAC for all staff", false},
		{"hyphenated words from initials", "Security Measures", "All staff sign non-disclosure agreements. Contractors sign NDAs too.",
			"All staff sign non-disclosure agreements. Contractors sign non-disclosure agreements too.", false},
		// Twins.
		{"twin: hyphenated words, initials of others", "Security Measures", "- Role-based access controls for all staff",
			"- RBAC and SIEM for all staff", true},
		{"twin: another scheme named", "International Data Transfers", "Transfers are protected by SCCs.",
			"Transfers are protected by Binding Corporate Rules.", true},
		{"twin: the name written out twice, a human now", "AI Disclosure", "Our chat widget uses artificial intelligence to generate responses. When you interact with our chat widget, you are communicating with an AI system, not a human.",
			"Our chat widget uses artificial intelligence to generate responses. When you interact with our chat widget, you may be communicating with a human, not an artificial intelligence system.", true},
		{"twin: initials of ordinary words", "International Data Transfers", "We transfer your data to the EU.",
			"We transfer your data to every user.", true},
		{"twin: a recipient added with it", "International Data Transfers", "- Sentry (United States): Error monitoring — protected by SCCs",
			"- Sentry (United States): Error monitoring and advertising — protected by Standard Contractual Clauses", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
