package material

import (
	"strings"
	"testing"
)

// TestBracketExample: a clarifying example put in brackets that names
// nothing the sentence does not (b74's privacy engineer: "(for example,
// the contact form and the feedback form)", "(such as a court order or
// search warrant)") is minor; one that names a kind of data, a party,
// a figure or a force the sentence did not is judged by the other rules.
func TestBracketExample(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"forms", "Information We Collect", "We collect information through: Website forms, analytics tools, marketing tracking technologies, communications with our team.",
			"We collect information through: Website forms (for example, the contact form and the feedback form), analytics tools, marketing tracking technologies, communications with our team.", false},
		{"legal process", "Legal Requirements", "We may disclose your information if required to do so by law or in response to valid requests by public authorities, such as legal process, or if we believe disclosure is necessary.",
			"We may disclose your information if required to do so by law or in response to valid requests by public authorities, such as legal process (such as a court order or search warrant), or if we believe disclosure is necessary.", false},
		{"a kind of data", "Information We Collect", "We collect device information to keep the service secure.",
			"We collect device information (for example, your precise location and contacts) to keep the service secure.", true},
		{"a party", "Service providers", "We use service providers to send email.",
			"We use service providers (for example, Mailgun) to send email.", true},
		{"a figure", "Retention", "We keep your data as long as required by law.",
			"We keep your data as long as required by law (for example, 7 years for tax records).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
