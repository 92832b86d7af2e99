package material

import "testing"

// TestPartyAsSource: a name the author receives or obtains data from
// ("if you log in through a social media service (like Google) … we will
// receive information from that service", b22-03) is a source of data:
// the categories of data, as a name data is collected from is. A name
// the author sends data to is a recipient.
func TestPartyAsSource(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Information from other sources", "We may obtain information about you from other sources.",
			"We may obtain information about you from other sources. For example, if you log in through a social media service (like Zenbook), we will receive information from that service, such as your username and profile information.", "data"},
		{"Other sources", "We may get information about you from partners.",
			"We may get information about you from partners. If you link your Quillo account, we receive your contacts and profile photo from Quillo.", "data"},
		{"Information we receive", "We receive your name and email address when you sign in with a single sign-on provider.",
			"We receive your name and email address from Tallyo when you sign in with Tallyo.", "data"},
		// material twins: a name data goes to is a recipient
		{"Sharing", "We share your email address with our partners.",
			"We share your email address with our partners. If you link your account, Quillo will receive your contacts from us.", "recipients"},
		{"Sharing", "We share your usage data with service providers.",
			"We share your usage data with service providers, such as Tallyo, which receives it from us to host our servers.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
