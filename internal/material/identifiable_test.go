package material

import "testing"

// TestIdentifiabilityOnly holds what batch 17 showed (b17-36): data
// collected now pseudonymised where it was anonymised ("IP address
// (anonymized for analytics)" → "(pseudonymized for analytics)") is
// personal data where it was none, a change of the data collected; it
// was read as retention, for "anonymize". Its twins anonymise after a
// period or instead of deleting: how data is kept, retention they stay.
// (Written before identifiabilityOnly.)
func TestIdentifiabilityOnly(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"invented: anonymised for pseudonymised in a list of data", "Information collected automatically",
			"- Device identifiers (anonymised for statistics), only with your consent",
			"- Device identifiers (pseudonymised for statistics), only with your consent",
			"data"},
		{"invented: aggregated for hashed", "What we collect",
			"We receive your purchase history from partners in aggregated form.",
			"We receive your purchase history from partners in hashed form.",
			"data"},
		{"twin: anonymised after a period", "How long we keep data",
			"After 30 days we anonymise your IP address.",
			"After 30 days we pseudonymise your IP address.",
			"retention"},
		{"twin: anonymised instead of deleted", "How long we keep data",
			"When you close your account, we delete or anonymize your messages.",
			"When you close your account, we delete or pseudonymize your messages.",
			"retention"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
