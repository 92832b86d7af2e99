package material

import "testing"

// TestRecallRedTeam11: batch 42's misses, each a family with twins: data
// said to name no one, "non-personal", dropped; a participle between
// "all" and its noun ("all notified breaches"); "any use" → "our use";
// a standard made what a form is based on; what a period counts ("90
// days" → "90 days of activity").
func TestRecallRedTeam11(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Automatic Data Collection", "We may use Google Analytics or similar services to collect non-personal information from you regarding your use of the Site.",
			"We may use Google Analytics or similar services to collect information from you regarding your use of the Site.", true},
		{"Automatic Data Collection", "We may use Google Analytics or similar services to collect non-personal information from you regarding your use of the Site.",
			"We may use Google Analytics or similar services to gather non-personal information from you regarding your use of the Site.", false},
		{"Data Breach Notification", "- Documentation: We maintain records of all breaches, including their effects and remedial actions taken",
			"- Documentation: We maintain records of all notified breaches, including their effects and remedial actions taken", true},
		{"Data Breach Notification", "- Documentation: We maintain records of all breaches, including their effects and remedial actions taken",
			"- Documentation: We maintain records of all the breaches, including their effects and remedial actions taken", false},
		{"Cookies", "In the event that our partners use cookies, we will not have access or control over such cookies. However, any use of cookies will not relate to any personally identifiable information about you.",
			"In the event that our partners use cookies, we will not have access or control over such cookies. However, our use of cookies will not relate to any personally identifiable information about you.", true},
		{"Cookies", "In the event that our partners use cookies, we will not have access or control over such cookies. However, any use of cookies will not relate to any personally identifiable information about you.",
			"In the event that our partners use cookies, we will not have access or control over such cookies. However, all use of cookies will not relate to any personally identifiable information about you.", false},
		{"International transfers", "Your personal information will continue to be subject to appropriate safeguards. These might be the use of model contracts in a form approved by regulators.",
			"Your personal information will continue to be subject to appropriate safeguards. These might be the use of model contracts in a form based on those approved by regulators.", true},
		{"International transfers", "Your personal information will continue to be subject to appropriate safeguards. These might be the use of model contracts in a form approved by regulators.",
			"Your personal information will continue to be subject to appropriate safeguards. These might be the use of model contracts in a form that regulators have approved.", false},
		{"Data Retention", "- Chat Conversations: 90 days (configurable in your dashboard)", "- Chat Conversations: 90 days of activity (configurable in your dashboard)", true},
		{"Data Retention", "- Chat Conversations: 90 days (configurable in your dashboard)", "- Chat Conversations: ninety days (configurable in your dashboard)", false},
	})
}
