package material

import "testing"

// TestIdentifiabilityLeft: where only how far the data names the reader
// is left unexplained ("hashed identifiers" → "unique identifiers",
// b52-10), the change is to which data: the data category, whatever the
// sentence shares it for. Another word left keeps the sentence's own.
func TestIdentifiabilityLeft(t *testing.T) {
	rb := Builtin()
	const h = "Advertising and Marketing Policy"
	wantOnlyCategory(t, rb, "b52-10 shape", h, "When we market our App, we might share your email address or hashed identifiers with our trusted marketing vendors.",
		"When we market our App, we might share your email address or unique identifiers with our trusted marketing vendors.", "data")
	wantOnlyCategory(t, rb, "pseudonymised", h, "We measure our campaigns with pseudonymised device identifiers from our marketing vendors.",
		"We measure our campaigns with device identifiers from our marketing vendors.", "!purposes")
}
