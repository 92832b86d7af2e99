package material

import "testing"

// TestContactLabelGlossed: a contact's label glossed with what the address
// may be used for, the address unchanged, is the same contact (b69-01).
// Variants on other seed lines; twins that narrow the uses, or change the
// address, stay material.
func TestContactLabelGlossed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b69-01", "1. COMPANY INFORMATION",
			"Contact Email: [email protected]",
			"Contact Email (including privacy and data protection requests): [email protected]", false},
		{"variant: a website for complaints", "20. CONTACT INFORMATION",
			"Website: https://www.omnicrm.co.uk",
			"Website (for questions about this policy and data requests): https://www.omnicrm.co.uk", false},
		{"variant: privacy email", "Contact Us",
			"Email: privacy@omniops.co.uk",
			"Email (including requests to exercise your rights): privacy@omniops.co.uk", false},
		{"twin: the uses narrowed", "1. COMPANY INFORMATION",
			"Contact Email: [email protected]",
			"Contact Email (for sales enquiries only, not privacy requests): [email protected]", true},
		{"twin: another address", "Contact Us",
			"Email: privacy@omniops.co.uk",
			"Email (including requests to exercise your rights): dpo@omniops.co.uk", true},
	})
}
