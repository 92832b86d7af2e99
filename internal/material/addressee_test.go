package material

import "testing"

// TestAddresseeRenamed: the company a contact line addresses is the
// controller, or whoever answers for it; its name traded for another is
// a change of who the controller is, not of the reader's rights, though
// the line tells the reader where to write (b59-03).
func TestAddresseeRenamed(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b59-03", "Contact Us",
			"If you have questions about our Privacy Policy please contact us at privacy@signal.org. Attn: Privacy Signal Messenger, LLC 650 Castro Street, Suite 120-223 Mountain View, CA 94041",
			"If you have questions about our Privacy Policy please contact us at privacy@signal.org. Attn: Privacy Signal Technology Foundation 650 Castro Street, Suite 120-223 Mountain View, CA 94041", "identity"},
		{"an attention line renamed", "Questions",
			"If you have any questions about this policy, please contact us at privacy@tallgrass.example or write to Tallgrass, LLC 300 Pine Street, Seattle, WA 98101.",
			"If you have any questions about this policy, please contact us at privacy@tallgrass.example or write to Tallgrass Media Inc. 300 Pine Street, Seattle, WA 98101.", "identity"},
		{"a GmbH renamed in a postal line", "Questions",
			"If you would like to use any of your rights, write to Brightwave GmbH, Hauptstraße 4, 10115 Berlin, or to privacy@brightwave.example.",
			"If you would like to use any of your rights, write to Lumora Holding GmbH, Hauptstraße 4, 10115 Berlin, or to privacy@brightwave.example.", "identity"},
		{"an Inc. for an LLC", "How to reach us",
			"You can contact us by mail at Quillstone, LLC, 12 Harbor Road, Portland, ME 04101.",
			"You can contact us by mail at Quillstone Labs, Inc., 12 Harbor Road, Portland, ME 04101.", "identity"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// Twins: a party in a list of recipients stays a recipient, and a
	// contact line whose change names no company keeps its reading.
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"a processor traded in a list", "Service providers",
			"We use the following processors: Mailgun Technologies, Inc. (email delivery).",
			"We use the following processors: Postmark Labs, LLC (email delivery).", "recipients"},
		{"a contact line's channel", "Contact",
			"To exercise your rights, contact us at privacy@example.com.",
			"To exercise your rights, contact us through the form in your account settings.", "!identity"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
