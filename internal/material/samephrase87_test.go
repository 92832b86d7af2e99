package material

import (
	"strings"
	"testing"
)

// TestSamePhrase87: three phrases of a line edit that say the same
// (batch 87, each read as a change): "login details" and "login
// credentials" are one kind of data; "as we would be unable to process"
// is "because we could not process"; a notice's reach said "when you use
// our Service" or "in connection with your use of our Service" is the
// same. The twins stay material: credentials for another service, and
// a reach widened to partners' apps.
func TestSamePhrase87(t *testing.T) {
	const why = "we will not be able to sell you that product as we would be unable to process your payment."
	const reach = "This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the \"Service\")."
	runRestated(t, []restatedCase{
		{"b87-13, login credentials", "What sorts of personal information do we hold?",
			"  • Your account login details for our services, including your user name and chosen password;",
			"  • Your account login credentials for our services, including your username and chosen password;", false},
		{"b87-16, could not", "How do we use your personal information?", why, strings.Replace(why, "as we would be unable to", "because we could not", 1), false},
		{"b87-31, in connection with your use", "Privacy Policy", reach, strings.Replace(reach, "when you use", "in connection with your use of", 1), false},
		{"twin: credentials of another service", "What sorts of personal information do we hold?",
			"  • Your account login details for our services, including your user name and chosen password;",
			"  • Your account login details for our services and your bank's login credentials, including your user name and chosen password;", true},
		{"twin: a reach widened", "Privacy Policy", reach, strings.Replace(reach, "when you use our Omni Lead Management Software", "in connection with your use of our Omni Lead Management Software and of our partners' apps", 1), true},
	})
}
