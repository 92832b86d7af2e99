package material

import "testing"

// TestPolicyApplies: a sentence saying which policy applies, or does not,
// added or removed, is the scope, whatever names it holds (b53-03,
// b53-23). Minor twins: such a sentence reworded to the same effect, or a
// pointer to the other policy moved within its site.
func TestPolicyApplies(t *testing.T) {
	rb := Builtin()
	const about = "This Privacy Statement describes IBM's general privacy practices that apply to personal information we collect, use and share about our clients, business partners, supplier and other organizations with which IBM has or contemplates a business relationship as well as the individuals working for them."
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b53-03", "IBM Privacy Statement", about,
			about + " This Privacy Statement does not apply to the extent IBM processes personal information on behalf of clients for their benefit and under their control (as a “processor”), such as Cloud Services or applications (“apps”). It may apply to collection of information related to authorized users of such services to the extent IBM processes this information for its own interests (as “controller”).",
			"scope"},
		{"b53-23", "Privacy Notice",
			"If you are located in Australia, the “Thryv Australia Pty Ltd privacy policy applies to you. Please see [https://corporate.thryv.com.au/privacy](https://corporate.thryv.com.au/privacy/).\n\nWe respect your privacy.",
			"We respect your privacy.", "scope"},
		{"added, Canada", "Privacy Notice",
			"We respect your privacy.",
			"If you live in Canada, the Acme Canada Ltd. privacy notice applies to you instead.\n\nWe respect your privacy.", "scope"},
		// Twins: other categories held.
		{"twin: a change applies (b14-46)", "How We Announce Changes",
			"Before a material change to this policy applies to data we already hold about you, we will ask for your consent.",
			"Before a material change to this policy applies to data we already hold about you, we will tell you about it.", "!scope"},
		{"twin: DNT policy (b24-08)", "Do Not Track",
			"Our DNT policy applies without reservation to readthedocs.org.\nAt this time, DNT **does not apply** to our commercial hosting solution on readthedocs.com.",
			"Our DNT policy applies without reservation to readthedocs.org and readthedocs.com.", "!scope"},
		{"twin: the collecting company (b18-01)", "Privacy Policy",
			"This privacy policy applies only to the information collected by Sony Corporation of America and Sony’s Card Marketing & Services Company, a division of Sony Electronics Inc., both offline and online.",
			"This privacy policy applies only to the information collected by Sony Corporation of America through certain subpages of Sony.com.", "!scope"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"twin: link moved", "Privacy Notice",
			"If you are located in Australia, the Thryv Australia privacy policy applies to you. Please see [https://corporate.thryv.com.au/privacy](https://corporate.thryv.com.au/privacy/).",
			"If you are located in Australia, the Thryv Australia privacy policy applies to you. Please see [https://www.thryv.com.au/legal/privacy](https://www.thryv.com.au/legal/privacy/)."},
	} {
		if rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
