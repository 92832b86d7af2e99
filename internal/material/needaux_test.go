package material

import "testing"

// TestNeedAux: "we need to V" binds as "we must V" does, and a plain "we V"
// states the same act (b72-14); a duty the law lays on us, or one that
// was the predicate itself, dropped, is still a change.
func TestNeedAux(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b72-14", "How do we use your personal information?", "To provide our products and services – we need to use your personal information to make our products and services available to you. When you order, we need to provide them to you and process your payment.",
			"To provide our products and services – we use your personal information to make our products and services available to you and, when you order, to provide them and process your payment.", false},
		{"omnis seed", "How do we use your personal information?", "And we need to use your details to do this.", "And we use your details to do this.", false},
		{"verify identity", "Your rights", "We will need to verify your identity before we fulfil your request.", "We will verify your identity before we fulfil your request.", false},
		{"needs to", "Payments", "Our payment provider needs to process your card details to take the payment.", "Our payment provider processes your card details to take the payment.", false},
		{"need added", "Analytics", "We use your personal information for statistical analysis.", "We need to use your personal information for statistical analysis.", false},
		// Twins: a legal duty, a permission, a duty as the predicate.
		{"required by law", "Legal basis", "We are required to share your data with the tax authority.", "We share your data with the tax authority.", true},
		{"need to may", "Your rights", "We need to verify your identity before we fulfil your request.", "We may verify your identity before we fulfil your request.", true},
		{"b41-41", "Exercise Your Rights", "Your rights are subject to certain exemptions, such as where we need to retain data for legal compliance purposes.", "Your rights are subject to certain exemptions, such as where we choose to retain data for legal compliance purposes.", true},
		{"need to decide", "Marketing", "We need to send you service messages.", "We decide to send you service messages.", true},
		{"mandatory", "Security", "Two-factor authentication is mandatory for all accounts.", "Two-factor authentication is available for all accounts.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
