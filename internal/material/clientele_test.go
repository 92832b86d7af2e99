package material

import "testing"

// TestClienteleRenamed: a sector's own word for the people a policy
// serves ("customers" → "guests", "members", "residents", "listeners",
// "account holders") names the same people (b274-01, b278-09, b283-19,
// b284-45, b286-08). Another kind of person in their place (an
// administrator, a parent, the controller, a partner), or the people
// narrowed by a word that is no person ("EU customers"), names someone
// else, and stays a change.
func TestClienteleRenamed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"our customers, our members (b274-01)", "Scope",
			"This policy covers personal data we process on behalf of our customers.",
			"This policy covers personal data we process on behalf of our members.", false},
		{"users, guests (b278-09)", "Cookies",
			"Users may control cookie preferences through their browser settings.",
			"Guests may control cookie preferences through their browser settings.", false},
		{"users, website visitors (b266-07)", "Cookies",
			"Users may control cookie preferences through their browser settings.",
			"Website visitors may control cookie preferences through their browser settings.", false},
		{"customer data, account holders' data (b286-50)", "Data retention",
			"omnie does not retain customer data outside of client systems.",
			"omnie does not retain account holders' data outside of client systems.", false},
		{"the affected customer, the affected resident", "Security",
			"We will notify the affected customer within 48 hours of discovering a breach.",
			"We will notify the affected resident within 48 hours of discovering a breach.", false},
		{"customer support, listener support", "Data access",
			"Staff may access account data for: Customer support",
			"Staff may access account data for: Listener support", false},
		// Someone else.
		{"user actions, administrator actions (b44-34)", "Security",
			"Activity logs record user actions to detect suspicious behaviour.",
			"Activity logs record administrator actions to detect suspicious behaviour.", true},
		{"the affected customer, the affected customer's parent", "Security",
			"We will notify the affected customer within 48 hours of discovering a breach.",
			"We will notify the affected customer's parent within 48 hours of discovering a breach.", true},
		{"users, parents", "Cookies",
			"Users may control cookie preferences through their browser settings.",
			"Parents may control cookie preferences through their browser settings.", true},
		{"customer instructions, the controller's instructions", "Processing",
			"We process data in accordance with customer instructions and contractual obligations.",
			"We process data in accordance with the controller's instructions and contractual obligations.", true},
		{"our customers, our members and donors: two groups for one", "Scope",
			"This policy covers personal data we process on behalf of our customers.",
			"This policy covers personal data we process on behalf of our members and donors.", true},
		{"our customers, our partners", "Scope",
			"This policy covers personal data we process on behalf of our customers.",
			"This policy covers personal data we process on behalf of our partners.", true},
		{"customer data, EU customers' data (b154-46)", "Purposes",
			"omnie does not use customer data for marketing or independent purposes.",
			"omnie does not use EU customers' data for marketing or independent purposes.", true},
		{"support denied, customer support denied: a word put, not traded", "How we use data",
			"- We do not record calls to support",
			"- We do not record calls to customer support", true},
		{"all requests, all customer requests (b178-27)", "Your rights",
			"We respond to all requests within 30 days.",
			"We respond to all customer requests within 30 days.", true},
	})
}
