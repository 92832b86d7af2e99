package material

import "testing"

// TestHeldAccess: an access that is a kind, or that someone holds, is
// an access control (security), not the reader's right of access; the
// reader's own access stays a right.
func TestHeldAccess(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		// From the batches.
		{"b66-07", "Multi-Factor Authentication",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts.",
			"OmniCRM requires Multi-Factor Authentication (MFA) for staff accounts with administrative access.", "security"},
		{"b62-03", "Multi-Factor Authentication",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts.",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for internal staff accounts with administrative access to customer environments.", "security"},
		// Other wordings, not from any batch.
		{"remote access", "Multi-Factor Authentication",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts.",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for staff with remote access.", "security"},
		{"privileged access logged", "Audit Logs",
			"System activity logs record user actions to detect unauthorised access or misuse.",
			"System activity logs record user actions to detect unauthorised access or misuse by staff with privileged access.", "security"},
		{"data accessed", "Security",
			"omnie implements reasonable safeguards to protect data accessed during service delivery, including:",
			"omnie implements reasonable safeguards to protect data accessed during service delivery and support, including:", "security"},
		// Staff who access accounts use the data: what for is the purpose
		// (b19-32).
		{"b19-32", "10. ACCESS TO CUSTOMER DATA",
			"OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, managed service assistance, troubleshooting.",
			"OmniCRM staff may access customer accounts only when necessary for: Platform support, system maintenance, managed service assistance, troubleshooting, quality assurance and the training of new staff.", "purposes"},
		// The reader's access is the right of access, however put.
		{"right to access", "Your Rights",
			"Right to access personal data",
			"Right to access personal data, once a year free of charge", "rights"},
		{"you can access", "Your rights",
			"You can access your data at any time.",
			"You can access your data once a month.", "rights"},
		{"you have full access", "Your rights",
			"You have full access to the data in your account.",
			"You have read-only access to the data in your account.", "rights"},
		{"rights listed", "Your Rights",
			"Depending on your location, you may have additional rights regarding your personal data, such as the right to access, correct, delete, or restrict its processing.",
			"Depending on your location, you may have additional rights regarding your personal data, such as the right to access or correct it.", "rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// The same access control reworded stays minor.
	if rep, _, why := judgeEdit(rb, "Multi-Factor Authentication",
		"OmniCRM requires Multi-Factor Authentication (MFA) for staff accounts with administrative access.",
		"OmniCRM requires Multi-Factor Authentication (MFA) for staff accounts that have administrative access."); rep.Material {
		t.Errorf("reworded access control: material, want minor: %v", why)
	}
}
