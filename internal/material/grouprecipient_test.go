package material

import "testing"

// TestGroupRecipient: a company of the author's group now given the data,
// or using it for its own ends, is a recipient (b48-03, b48-38); the
// group named in a sentence about who the author is is not given anything.
func TestGroupRecipient(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, want string
	}{
		{"b48-03", "Purpose of collected data", "If you agree, we may send you offers of our partners. In no case will this data be transmitted to third parties without your prior consent; If you are registered, your data is used for your account.",
			"If you agree, we may send you offers of our partners. In no case will this data be transmitted to third parties without your prior consent, except to our parent company, Groupe Figaro, which may use it for its own advertising campaigns; If you are registered, your data is used for your account.", "recipients"},
		{"b48-38", "Privacy & Cookies Policy", "- Your personal information is, where appropriate, shared within the Omnis Software Group.",
			"- Your personal information is, where appropriate, shared within the Omnis Software Group and with our parent company, Omnis Holdings plc, which may use it for its own analytics and marketing.", "recipients"},
		{"sister company", "Sharing", "Your information is shared within the Zentrova group.",
			"Your information is shared within the Zentrova group and with our sister company, Zentrova Ads Ltd, which may use it for its own advertising.", "recipients"},
		{"parent for its own ends", "How we use your data", "We use your purchase history to recommend products to you.",
			"We use your purchase history to recommend products to you, and our parent company uses it for its own market research.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// The group named beside the author gives no one the data: minor
	// (b48-01), or of who the controller is.
	rep, cats, why := judgeEdit(rb, "Who we are", "Zentrova Ltd is responsible for your data.", "Zentrova Ltd, a subsidiary of Zentrova Holdings plc, is responsible for your data.")
	if rep.Material && cats["recipients"] {
		t.Errorf("group named beside the author: categories %v: %v", cats, why)
	}
}
