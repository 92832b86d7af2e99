package material

import (
	"strings"
	"testing"
)

// Mends of round 87 (batches 407 to 410, written blind and first run on
// 3259d5f7, no miss).

// TestPetParent: the owner of a pet is no parent of a child: "customer
// inquiries" → "pet parents' inquiries" (b410-44) and "(for example,
// pet parent or sitter)" (b410-31) were read as age thresholds. Twin: a
// parent of a child is one.
func TestPetParent(t *testing.T) {
	rb := Builtin()
	if _, cats, why := judgeEdit(rb, "Support", "We use this information to respond to customer inquiries.", "We use this information to respond to pet parents’ inquiries."); cats["children"] {
		t.Errorf("pet parents: filed under age thresholds: %s", strings.Join(why, "; "))
	}
	runRestated(t, []restatedCase{
		{"example", "Information We Collect", "- Account Information: Name, email address, company name, and role", "- Account Information: Name, email address, company name, and role (for example, pet parent or sitter)", false},
		{"twin: a child's parent", "Children's Privacy", "If you believe your child has provided us with personal information, contact us.", "If you are a parent and believe your child has provided us with personal information, contact us.", true},
	})
}

// TestHappyConsent: consent said as the reader's being happy with the
// processing is consent: "you are happy for us to process your personal
// information" → "you agree to us processing …" (b403-15, b409-13, and
// eight earlier writers, all labelled minor). Twin: consent to another
// act.
func TestHappyConsent(t *testing.T) {
	const h = "Our legal basis for processing your personal information"
	const old = "  • Consent: You have told us you are happy for us to process your personal information for a specific purpose;"
	runRestated(t, []restatedCase{
		{"agree to us processing", h, old, "  • Consent: You have told us you agree to us processing your personal information for a specific purpose;", false},
		{"agree to our processing of", h, old, "  • Consent: You have told us you agree to our processing of your personal information for a specific purpose;", false},
		{"twin: another act", h, old, "  • Consent: You have told us you are happy for us to sell your personal information for a specific purpose;", true},
	})
}
