package material

import "testing"

// TestPurposeFrame: an item joined to the purposes a sentence names, right
// before "purposes", is a purpose (b37-13), though the sentence's frame
// names the law; an AI purpose stays the AI category's.
func TestPurposeFrame(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b37-13", "How We Use Personal Data",
			"* as required by applicable law or legal requirements pertaining to records retention or for internal administrative purposes; or",
			"* as required by applicable law or legal requirements pertaining to records retention or for internal administrative and analytics purposes; or", "purposes"},
		// unseen wording
		{"unseen: billing and research purposes", "Legal obligations",
			"We keep invoices where the law requires it and use them only for billing purposes.",
			"We keep invoices where the law requires it and use them only for billing and research purposes.", "purposes"},
		// twin: an AI purpose joined the same way stays AI
		{"twin: AI purposes", "How We Use Personal Data",
			"* as required by applicable law or for internal administrative purposes; or",
			"* as required by applicable law or for internal administrative and model training purposes; or", "!purposes"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
