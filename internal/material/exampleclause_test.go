package material

import "testing"

// TestExampleClause: an example set off by a comma after what it
// illustrates is read as the bracketed example it could have been (batch
// 97: ten false alarms of a product manager's pass). Twins that stay
// material: an example naming a kind of data, a party or a number; one
// that says what happens; "including" after a comma; an example list that
// grows.
func TestExampleClause(t *testing.T) {
	runRestated(t, []restatedCase{
		{"such as, naming nothing new", "How we use your information",
			"We send you service emails about your account.",
			"We send you service emails about your account, such as order confirmations.", false},
		{"like, after a comma", "Cookies",
			"We use cookies to make our website easier to use.",
			"We use cookies to make our website easier to use, like showing the items in your basket.", false},
		{"for example by", "How we use your information",
			"We use your settings to personalise the Service.",
			"We use your settings to personalise the Service, for example by remembering your preferred view.", false},
		{"a range of two things", "Security",
			"Access logs are kept for all of our systems.",
			"Access logs are kept for all of our systems, from our ticketing tool to our build servers.", false},
		{"a kind of data the sentence does not name", "Information we collect",
			"We collect device information when you use the app.",
			"We collect device information when you use the app, such as your precise location.", true},
		{"a party named", "Sharing",
			"We share usage statistics with analytics providers.",
			"We share usage statistics with analytics providers, such as Mixpanel.", true},
		{"what happens, not a thing", "Information we collect",
			"We collect tracking data for the links you share.",
			"We collect tracking data for the links you share, such as who clicks on your links.", true},
		{"including after a comma adds", "AI",
			"Replies are generated from training data and may be out of date.",
			"Replies are generated from training data, including past conversations, and may be out of date.", true},
		{"an example list that grows", "Deletion",
			"Some data is kept after deletion, such as your order history.",
			"Some data is kept after deletion, such as your order history and your saved payment cards.", true},
	})
}
