package material

import "testing"

// TestMeasureMoment: when a protective measure is applied is a term of
// the measure, security's: "Customer API keys are encrypted before
// storage" → "… before transmission" leaves stored keys uncovered, and
// was filed under retention for "storage" (b49-35). How long data is
// kept, said beside no measure, stays retention's.
func TestMeasureMoment(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b49-35", "Security Measures (GDPR Article 32)",
		"- API Key Encryption: Customer API keys are encrypted before storage",
		"- API Key Encryption: Customer API keys are encrypted before transmission", "security")
	wantOnlyCategory(t, rb, "tokenised before storage", "How we protect payment data",
		"Card numbers are tokenised before storage.",
		"Card numbers are tokenised before transmission.", "security")
	wantOnlyCategory(t, rb, "kept, no measure", "How long we keep data",
		"Call recordings are deleted after storage in our archive for one year.",
		"Call recordings are deleted after transmission to our archive.", "!security")
}
