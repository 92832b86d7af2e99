package material

import (
	"strings"
	"testing"
)

// TestHyphenName: a name whose words the text joins with a hyphen
// ("Multi-Factor Authentication") is found in the other text as it is
// written there; a paragraph rewritten so much that it is read as removed
// and added reports no party removed and added under that one name
// (b81-08), and what the rewrite changes is judged for what it is: a
// security measure now asked of staff, not enforced. A hyphenated name
// the other text does not write is still a party added or removed.
func TestHyphenName(t *testing.T) {
	rb := Builtin()
	const heading = "Multi-Factor Authentication"
	old := "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts."
	// b81-08: material (security), no recipient.
	rep, cats, why := judgeEdit(rb, heading, old,
		"OmniCRM asks internal staff to use Multi-Factor Authentication. This means signing in with a password and a second check, such as a code sent to a phone. Staff with administrator accounts must always use it.")
	if !rep.Material || !cats["security"] || cats["recipients"] || strings.Contains(strings.Join(why, " "), "Multi Factor") {
		t.Errorf("b81-08: material=%v %v: %v", rep.Material, cats, why)
	}
	// Twins: a hyphenated party the old text never named is one added;
	// one the new text no longer names is one removed.
	wantOnlyCategory(t, rb, "twin: new hyphenated party", "Service Providers",
		"We share account data with Stripe for payment processing.",
		"We share account data with Stripe and Zentrix-Cloud Hosting for payment processing.", "recipients")
	wantOnlyCategory(t, rb, "twin: hyphenated party dropped", "Service Providers",
		"We share account data with Stripe and Zentrix-Cloud Hosting for payment processing.",
		"We share account data with Stripe for payment processing.", "recipients")
	// Twin: the same hyphenated name, the measure weakened.
	rep, cats, why = judgeEdit(rb, heading, old,
		"OmniCRM offers Multi-Factor Authentication to internal staff who want it.")
	if !rep.Material || cats["recipients"] {
		t.Errorf("twin: offered, not enforced: material=%v %v: %v", rep.Material, cats, why)
	}
}
