package material

import "testing"

// TestPhrasalVerb: a one-word verb traded for a verb of two words, whose
// first word is mostly a noun, keeps the commitment; a noun the sentence
// acts on, changed beside it, is still compared.
func TestPhrasalVerb(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b66-31", "Information We Collect",
			"We may collect personal information directly from you when you register for an account, use the Service, or communicate with us. This information may include:",
			"We may collect personal information from you when you sign up for an account, use the Service, or contact us. This information may include:", false},
		{"join a scheme", "International Transfers",
			"These might be the use of model contracts in a form approved by regulators, or having our suppliers join an independent privacy scheme approved by regulators.",
			"These might be the use of model contracts in a form approved by regulators, or having our suppliers sign up for an independent privacy scheme approved by regulators.", false},
		{"enrol in training", "Information We Collect",
			"We collect your name and email address when you enrol in one of our training courses.",
			"We collect your name and email address when you sign up for one of our training courses.", false},
		{"exit the service", "Information We Collect",
			"We record the time and your IP address each time you exit the Service.",
			"We record the time and your IP address each time you log off the Service.", false},
		// Material twins: what is signed up for, or what the sentence
		// collects, changed beside the phrasal verb.
		{"sign up for a newsletter", "Information We Collect",
			"We may collect personal information directly from you when you register for an account, use the Service, or communicate with us.",
			"We may collect personal information directly from you when you sign up for our newsletter, use the Service, or communicate with us.", true},
		{"sign up to a contract", "International Transfers",
			"These might be the use of model contracts in a form approved by regulators, or having our suppliers join an independent privacy scheme approved by regulators.",
			"These might be the use of model contracts in a form approved by regulators, or having our suppliers sign up to a contract with our affiliates.", true},
		{"a log kept", "Information We Collect",
			"We keep a record of your IP address each time you access your account.",
			"We keep a log of your IP address and location each time you access your account.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
