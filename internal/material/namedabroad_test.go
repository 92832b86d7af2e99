package material

import "testing"

// TestNamedAbroad: a party that hosts the data, or a group company, named
// in a country outside the EEA and the UK the policy did not send data to
// is a transfer (b48-16, b48-21, b48-34, b48-42); a processor swapped in
// the same country, or one in the EEA, is a recipient.
func TestNamedAbroad(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, want string
	}{
		{"b48-16", "Data Handling for Compute Services", "*   Your code submissions are sent to external servers operated by computing partners.",
			"*   Your code submissions are sent to external servers operated by computing partners, including CoreWeave, Inc. in the United States.", "transfers"},
		{"b48-21", "With Whom Do We Share Your Data?", "*   Docler Services Kft, Expo tér 5-7, H-1101, Budapest, Hungary;",
			"*   Docler Services Kft, Expo tér 5-7, H-1101, Budapest, Hungary, and its subsidiary Docler IT LLC, Kyiv, Ukraine;", "transfers"},
		{"b48-34", "7. PLATFORM INFRASTRUCTURE AND DATA STORAGE", "OmniCRM operates using cloud infrastructure provided by: Amazon Web Services",
			"OmniCRM operates using cloud infrastructure provided by: Amazon Web Services and Alibaba Cloud (Singapore)", "transfers"},
		{"hosting in the US", "Hosting", "Your files are stored on servers operated by our hosting provider in Germany.",
			"Your files are stored on servers operated by our hosting provider in Germany and by Vultr Holdings LLC in the United States.", "transfers"},
		{"backups in China", "Service providers", "- Scaleway (France): Backups in our cloud", "- Scaleway (France): Backups in our cloud\n- Tencent Cloud (China): Backups in our cloud", "transfers"},
		{"affiliate in India", "With whom we share your data", "- Acme Media GmbH, Berlin, Germany;",
			"- Acme Media GmbH, Berlin, Germany, and its affiliate Acme Media India Pvt, Bangalore, India;", "transfers"},
		// recipients: the same country, the EEA, no hosting
		{"same country", "Service providers", "We use Resend (United States) to send emails.", "We use Postmark (United States) to send emails.", "recipients"},
		{"EEA", "Service providers", "Support tickets are handled by Zendesk.", "Support tickets are handled by Zendesk and by Freshdesk GmbH (Germany).", "recipients"},
		{"reseller in Germany", "Resellers", "Our resellers may contact you about your licence.",
			"Our authorized reseller in Germany, ADDITIVE GmbH, may also use your contact details to offer you its own products and services.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// b48-42: the party removed is a recipient no longer, the one added a
	// transfer: both named.
	_, cats, why := judgeEdit(rb, "Third-Party Processors", "- Hetzner Cloud (Germany): Production hosting — EU-based processing",
		"- DigitalOcean (United States): Production hosting — protected by SCCs and UK IDTA")
	if !cats["transfers"] {
		t.Errorf("b48-42: categories %v, want transfers among them: %v", cats, why)
	}
}
