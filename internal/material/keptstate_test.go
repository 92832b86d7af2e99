package material

import "testing"

// TestKeptState: "kept" before a state is the copula of that state, not
// how long data is held: "Customer data is logically separated by domain"
// → "… is kept logically separate by domain" (b45-38). How long, or
// where, data is kept is retention, and a state dropped or changed is a
// change.
func TestKeptState(t *testing.T) {
	const h = "Security Measures"
	checkMaterial(t, []materialCase{
		{h, "- Domain Isolation: Customer data is logically separated by domain",
			"- Domain Isolation: Customer data is kept logically separate by domain", false},
		{h, "Payment details are confidential and are only shared with our processor.",
			"Payment details are kept confidential and are only shared with our processor.", false},
		{h, "Your messages are kept private.", "Your messages are private.", false},
		// How long, or a state changed or dropped.
		{h, "Payment details are confidential.", "Payment details are kept for two years.", true},
		{h, "Your messages are private.", "Your messages are kept for a year.", true},
		{h, "- Domain Isolation: Customer data is logically separated by domain",
			"- Domain Isolation: Customer data is kept together with other customers' data", true},
		{h, "Your messages are kept private.", "Your messages are kept.", true},
	})
}
