package material

import "testing"

// TestPartyActs: a commitment the author made, now made by another party
// the policy already names, is moved to that party (rt2's probe of the
// omnicrm seed: "we will notify" → "AWS will notify", read "Same
// commitments, reworded"). Twins: the author's name for "we", or "we"
// for it, is the same author.
func TestPartyActs(t *testing.T) {
	rb := Builtin()
	policy := func(breach, mfa string) string {
		return "# Privacy Policy\n\nOmniCRM UK Ltd (\"OmniCRM\", \"we\", \"our\", or \"us\") respects your privacy. OmniCRM provides a CRM platform.\n\n" +
			"## 7. PLATFORM INFRASTRUCTURE\n\nOmniCRM operates using cloud infrastructure provided by: Amazon Web Services\n\nAll CRM data are hosted on AWS servers. OmniCRM uses Twilio for SMS.\n\n" +
			"## Multi-Factor Authentication\n\n" + mfa + "\n\n## 14. DATA BREACH NOTIFICATION\n\n" + breach + "\n\n## Contact\n\nWrite to OmniCRM at privacy@omnicrm.example.\n"
	}
	const breach = "If OmniCRM becomes aware of a personal data breach affecting customer data, we will notify the affected customer within 48 hours of discovery."
	const mfa = "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts."
	for _, tc := range []struct {
		name, breach, mfa string
		material          bool
	}{
		{"we will notify → AWS will notify", "If OmniCRM becomes aware of a personal data breach affecting customer data, AWS will notify the affected customer within 48 hours of discovery.", mfa, true},
		{"OmniCRM enforces → AWS enforces", breach, "AWS enforces Multi-Factor Authentication (MFA) for all internal staff accounts.", true},
		{"we will notify → Twilio will notify", "If OmniCRM becomes aware of a personal data breach affecting customer data, Twilio will notify the affected customer within 48 hours of discovery.", mfa, true},
		// Twins: the author named or said as "we".
		{"twin: we → OmniCRM", "If OmniCRM becomes aware of a personal data breach affecting customer data, OmniCRM will notify the affected customer within 48 hours of discovery.", mfa, false},
		{"twin: OmniCRM → we", breach, "We enforce Multi-Factor Authentication (MFA) for all internal staff accounts.", false},
	} {
		rep, cats, why := judgeText(rb, policy(breach, mfa), policy(tc.breach, tc.mfa))
		if rep.Material != tc.material || tc.material && (!cats["security"] || len(cats) != 1) {
			t.Errorf("%s: material=%v %v, want %v (security): %v", tc.name, rep.Material, cats, tc.material, why)
		}
	}
}
