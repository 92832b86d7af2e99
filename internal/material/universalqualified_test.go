package material

import "testing"

// TestUniversalQualified: "all" traded for a word that picks some of what
// it covered narrows the commitment (rt2's probes: "All staff" → "Senior
// staff", "records of all breaches" → "of significant breaches"); the
// other way widens it. Twins: "all" traded for another universal is the
// same commitment. "All" dropped alone was a twin here that stayed minor
// (a bare plural speaks of all); a blind batch labelled its like material,
// a guarantee of each one made a rule that allows exceptions ("MFA for all
// internal staff accounts" → "for internal staff accounts", b114-07), and
// it is now material: a false alarm costs a reviewer a look, a miss
// costs users their notice.
func TestUniversalQualified(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"omnicrm: all staff → senior staff", "10. ACCESS TO CUSTOMER DATA",
			"Access is restricted to authorised personnel and is governed by strict confidentiality obligations. All staff are subject to contractual non-disclosure agreements.",
			"Access is restricted to authorised personnel and is governed by strict confidentiality obligations. Senior staff are subject to contractual non-disclosure agreements.", true},
		{"omniops: all breaches → significant breaches", "Data Breach Notification",
			"- Documentation: We maintain records of all breaches, including their effects and remedial actions taken",
			"- Documentation: We maintain records of significant breaches, including their effects and remedial actions taken", true},
		{"omniops: all breaches → all significant breaches", "Data Breach Notification",
			"- Documentation: We maintain records of all breaches, including their effects and remedial actions taken",
			"- Documentation: We maintain records of all significant breaches, including their effects and remedial actions taken", true},
		// Variants on other seed sentences.
		{"omniops: all stored data → sensitive stored data", "Security Measures",
			"- Encryption at Rest: All stored data is encrypted using AES-256",
			"- Encryption at Rest: Sensitive stored data is encrypted using AES-256", true},
		{"omniops: all requests → complete requests", "Exercise Your Rights",
			"Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days.",
			"Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to complete requests within 30 days.", true},
		{"widened: significant breaches → all breaches", "Data Breach Notification",
			"- Documentation: We maintain records of significant breaches, including their effects and remedial actions taken",
			"- Documentation: We maintain records of all breaches, including their effects and remedial actions taken", true},
		// Twins.
		{"all dropped alone", "10. ACCESS TO CUSTOMER DATA",
			"All staff are subject to contractual non-disclosure agreements.",
			"Staff are subject to contractual non-disclosure agreements.", true},
		{"twin: all → every", "Exercise Your Rights",
			"We respond to all requests within 30 days.",
			"We respond to every request within 30 days.", false},
		{"twin: all → each", "Multi-Factor Authentication",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts.",
			"OmniCRM enforces Multi-Factor Authentication (MFA) for each internal staff account.", false},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
