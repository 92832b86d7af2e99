package material

import (
	"strings"
	"testing"
)

// TestDirectedTo: where questions or requests go, said with another verb
// of sending ("may be directed to" → "may be addressed to", "should be
// sent to"), is the same place: issue 8 names "directed → sent" among the
// false alarms, and b67-50's "addressed" was read as the data term
// "address". A postal or e-mail address added is still data.
func TestDirectedTo(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"directed, addressed", "Contact", "Questions regarding this policy may be directed to:", "Questions regarding this Privacy Policy may be addressed to:", false},
		{"sent, directed", "Your rights", "Requests to exercise your rights should be sent to privacy@example.com.", "Requests to exercise your rights should be directed to privacy@example.com.", false},
		{"addressed, sent", "Complaints", "Complaints about how we handle your personal data can be addressed to our Data Protection Officer.", "Complaints about how we handle your personal data can be sent to our Data Protection Officer.", false},
		{"an address collected", "Information we collect", "We collect your name and email.", "We collect your name, email and postal address.", true},
		{"sent to another party", "Sharing", "Requests to exercise your rights should be sent to privacy@example.com.", "Requests to exercise your rights should be sent to our partner Acme Analytics Ltd.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
