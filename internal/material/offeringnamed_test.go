package material

import (
	"strings"
	"testing"
)

// TestOfferingNamed: the author's offering, called for short, said in
// full in the words the policy gives it where it says what it provides,
// is the same offering (b69-41, b69-44, read in omnie's whole policy).
// Twins: words the policy never gives its offering, a word narrowing
// something else ("data" → "customer data", though the policy writes
// "customer"), an offering named in full in a denial, and the same edits
// in a policy that never says what its author provides: each stays
// material.
func TestOfferingNamed(t *testing.T) {
	rb := Builtin()
	const about = "## Overview\n\nomnie provides outsourced customer support services for ecommerce businesses. omnie operates within client-managed systems.\n\n"
	const silent = "## Overview\n\nomnie works within client-managed systems.\n\n"
	whole := func(opening, heading, para string) string {
		return opening + "## " + heading + "\n\n" + para + "\n\n## Contact\n\nWrite to privacy@omnie.example.\n"
	}
	for _, tc := range []struct {
		name, opening, heading, old, new string
		material                         bool
	}{
		{"b69-41", about, "Scope",
			"This Privacy Policy describes how omnie handles personal information accessed through its services.",
			"This Privacy Policy describes how omnie handles personal information accessed through its outsourced customer support services.", false},
		{"b69-44", about, "Use of Information",
			"Personal information is used solely for:\n\n- Responding to customer inquiries\n- Providing support on behalf of clients\n- Performing service-related tasks",
			"Personal information is used solely for:\n\n- Responding to customer inquiries\n- Providing customer support on behalf of clients\n- Performing service-related tasks", false},
		{"variant: the full name shortened", about, "Scope",
			"This Privacy Policy describes how omnie handles personal information accessed through its customer support services.",
			"This Privacy Policy describes how omnie handles personal information accessed through its services.", false},
		{"twin: words the policy never gives its offering", about, "Scope",
			"This Privacy Policy describes how omnie handles personal information accessed through its services.",
			"This Privacy Policy describes how omnie handles personal information accessed through its outsourced payroll services.", true},
		{"twin: another noun narrowed", about, "Use of Information",
			"omnie does not use data for marketing or independent purposes.",
			"omnie does not use customer data for marketing or independent purposes.", true},
		{"twin: an offering named in full in a denial, which may narrow it", about, "Use of Information",
			"Personal information accessed through its services is never kept outside client systems.",
			"Personal information accessed through its customer support services is never kept outside client systems.", true},
		{"twin: b69-41 in a policy that does not say what it provides", silent, "Scope",
			"This Privacy Policy describes how omnie handles personal information accessed through its services.",
			"This Privacy Policy describes how omnie handles personal information accessed through its outsourced customer support services.", true},
		// Support said by whom it serves is the same support, whatever
		// the policy says elsewhere (productplace.go; round 82).
		{"b69-44 in a policy that does not say what it provides", silent, "Use of Information",
			"Personal information is used solely for:\n\n- Responding to customer inquiries\n- Providing support on behalf of clients\n- Performing service-related tasks",
			"Personal information is used solely for:\n\n- Responding to customer inquiries\n- Providing customer support on behalf of clients\n- Performing service-related tasks", false},
	} {
		rep, _, why := judgeText(rb, whole(tc.opening, tc.heading, tc.old), whole(tc.opening, tc.heading, tc.new))
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
