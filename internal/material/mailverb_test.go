package material

import (
	"strings"
	"testing"
)

// TestMailVerb: the same e-mail address, reached with another verb
// ("contact us at hello@omniops.co.uk" → "email us at …", b68-26) is the
// same way to exercise a right or ask a question. Another address, or a
// channel taken away, is not.
func TestMailVerb(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"contact, email", "Exercise Your Rights",
			"Visit our GDPR Rights Page to submit a data request, or contact us at hello@omniops.co.uk. We respond to all requests within 30 days.",
			"Visit our GDPR Rights Page to submit a data request, or email us at hello@omniops.co.uk. We respond to all requests within thirty (30) days.", false},
		{"write, contact", "Contact",
			"If you have questions about this policy, write to us at privacy@example.com.",
			"If you have questions about this policy, contact us at privacy@example.com.", false},
		{"e-mail, reach", "Your rights",
			"To exercise any of these rights, e-mail us at dpo@example.com.",
			"To exercise any of these rights, reach us at dpo@example.com.", false},
		{"another address", "Exercise Your Rights",
			"To submit a data request, contact us at hello@omniops.co.uk.",
			"To submit a data request, email us at requests@omniops-group.com.", true},
		{"a deadline changed beside", "Exercise Your Rights",
			"Contact us at hello@omniops.co.uk. We respond to all requests within 30 days.",
			"Email us at hello@omniops.co.uk. We respond to all requests within 45 days.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
