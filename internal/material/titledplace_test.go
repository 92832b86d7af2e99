package material

import (
	"strings"
	"testing"
)

// TestTitledPlace: a place opening a document's or a tool's title ("US
// Notice", "Global Privacy Control") is no transfer destination (b52-06,
// b52-08); a place written alone still is, as is the far end of a
// framework ("EU-US Privacy Shield") and an office ("our India Privacy
// Team", TestRoles).
func TestTitledPlace(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new string }{
		{"US Notice", "Your Choices", "If you are a California user, you can opt out (see our [CCPA Notice](https://example.com/ccpa)).",
			"If you are a California user, you can opt out (see our [US Notice](https://example.com/us))."},
		{"Global Privacy Control", "Your Choices", "You may opt out of advertising networks using the tools of the Network Advertising Initiative.",
			"You may opt out of advertising networks using the tools of the Network Advertising Initiative, or by Global Privacy Control."},
		// a law's name that opens with its place (b69-15)
		{"UK GDPR", "Our legal basis for processing your personal information",
			"  • Legal obligation: We are required to process your personal information by law.",
			"  • Legal obligation (Article 6(1)(c) UK GDPR): We are required to process your personal information by law."},
		{"EU GDPR", "Your rights", "You have rights under data protection law.", "You have rights under the EU GDPR and the UK GDPR."},
		{"Global Privacy Practices", "International transfers", "For more on transfers, see our Privacy Statement.",
			"For more on transfers, see our [Global Privacy Practices](https://example.com/gpp)."},
	} {
		_, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if strings.Contains(strings.Join(why, " "), "transfer destination") {
			t.Errorf("%s: a destination reported: %v", tc.name, why)
		}
	}
	rep, _, why := judgeEdit(rb, "International transfers", "We rely on standard contractual clauses.", "We rely on standard contractual clauses and the EU-US Privacy Shield.")
	if !strings.Contains(strings.Join(why, " "), "US") {
		t.Errorf("framework: material=%v, want US named: %v", rep.Material, why)
	}
	wantOnlyCategory(t, rb, "place alone", "International transfers", "Your data is stored in the EU.",
		"Your data is stored in the EU and the US.", "transfers")
}
