package material

import (
	"strings"
	"testing"
)

// TestBasisHeading: an item of a list under a heading that names a legal
// basis says what that basis covers (basisheading.go; b79-23 was filed
// under cookies). The twins: the same edit under a heading of cookies
// stays the cookies'; a recipient dropped from a list under the basis
// stays the recipients'; an item added under the basis is material.
func TestBasisHeading(t *testing.T) {
	rb := Builtin()
	const old = "  • Marketing communications and newsletters\n  • Non-essential cookies and analytics\n  • Optional product integrations"
	for _, tc := range []struct {
		name, heading, new, category string
	}{
		{"b79-23", "Consent (Art. 6(1)(a))", "  • Marketing communications and newsletters\n  • Non-essential cookies\n  • Optional product integrations", "legal-basis"},
		{"twin: an item added under the basis", "Consent (Art. 6(1)(a))", "  • Marketing communications and newsletters\n  • Non-essential cookies, analytics and session replay\n  • Optional product integrations", ""},
		{"twin: under a heading of cookies", "Cookies we set", "  • Marketing communications and newsletters\n  • Non-essential cookies\n  • Optional product integrations", "cookies"},
		{"twin: a recipient added under the basis", "Consent (Art. 6(1)(a))", "  • Marketing communications and newsletters\n  • Non-essential cookies and analytics, shared with Zorvex Systems\n  • Optional product integrations", "recipients"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, old, tc.new)
		if !rep.Material || tc.category != "" && !cats[tc.category] {
			t.Errorf("%s: material=%v %v, want %s: %s", tc.name, rep.Material, cats, tc.category, strings.Join(why, "; "))
		}
	}
}
