package material

import "testing"

// TestProtectionDuty: a duty put on those who handle the data to protect
// it is security (b52-41), whatever contract or third party it names; a
// party named, or data shared for a purpose, keeps its category.
func TestProtectionDuty(t *testing.T) {
	rb := Builtin()
	const h = "What we do with your data"
	const old = "We will never sell or rent your data to third parties.\n\nWe will share your data if we are required to do so by law."
	wantOnlyCategory(t, rb, "b52-41 shape", h, old,
		"We will never sell or rent your data to third parties.\n\nWe only allow 3rd parties to handle your data if we are satisfied they have taken appropriate measures to protect your data. We also impose contractual obligations to ensure they protect your personal data.\n\nWe will share your data if we are required to do so by law.", "security")
	wantOnlyCategory(t, rb, "processors bound", h, old,
		"We will never sell or rent your data to third parties.\n\nOur processors are bound by contract to apply safeguards that protect your information.\n\nWe will share your data if we are required to do so by law.", "security")
	// Twins: a ground of processing, a party named, data shared for a
	// purpose.
	wantOnlyCategory(t, rb, "legitimate interests", h, old,
		"We will never sell or rent your data to third parties.\n\nWe process your data for our legitimate interests while applying appropriate safeguards that protect your privacy.\n\nWe will share your data if we are required to do so by law.", "!security")
	wantOnlyCategory(t, rb, "party named", h, old,
		"We will never sell or rent your data to third parties.\n\nWe share your data with Zentrova Payments, which has taken appropriate measures to protect it.\n\nWe will share your data if we are required to do so by law.", "!security")
	wantOnlyCategory(t, rb, "shared for marketing", h, old,
		"We will never sell or rent your data to third parties.\n\nWe share your data with advertising partners so that they can show you offers.\n\nWe will share your data if we are required to do so by law.", "recipients")
}
