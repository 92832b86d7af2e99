package material

import "testing"

// TestURLEscaped: a link's address written with a character as its
// percent escape is the same address (npm 041, "Tar_(computing))" →
// "Tar_(computing%29)"), and a target holding balanced parentheses reads
// as the link's label alone. Material twins: other words changed in
// the same sentence (a limit dropped, a hedge, a period).
func TestURLEscaped(t *testing.T) {
	const before = "If you are running an older version of the npm command, run the npm pack command to create a "
	const after = " then check its contents, such as with `tar tvzf $tarball`."
	runRestated(t, []restatedCase{
		{"npm 041", "Data you publish",
			before + "[tarball](https://en.wikipedia.org/wiki/Tar_(computing))," + after,
			before + "[tarball](https://en.wikipedia.org/wiki/Tar_(computing%29)," + after, false},
		{"escaped space, opt-out page", "Your choices",
			"You can opt out of the sale of your personal information on [our choices page](https://example.com/privacy/your choices).",
			"You can opt out of the sale of your personal information on [our choices page](https://example.com/privacy/your%20choices).", false},
		// Material twins.
		{"twin: escaped, and a limit dropped", "Sharing",
			"We share your email address only with [our payment processor](https://en.wikipedia.org/wiki/Payment_processor_(finance)).",
			"We share your email address with [our payment processor](https://en.wikipedia.org/wiki/Payment_processor_(finance%29).", true},
		{"twin: escaped, and a hedge", "Your rights",
			"We will delete your data within 30 days of [your request](https://example.com/help/delete_(account)).",
			"We will try to delete your data within 30 days of [your request](https://example.com/help/delete_(account%29).", true},
		{"twin: escaped and a period changed", "Retention",
			"We keep your [account data](https://example.com/data(retention)) for 30 days after you close your account.",
			"We keep your [account data](https://example.com/data(retention%29) for 90 days after you close your account.", true},
	})
}
