package material

import "testing"

// TestUsersAsYou: a paragraph that speaks of "users" where it spoke to
// "you", with the same verb after it, addresses the same people (b18-29).
// Near misses stay material: a kind of user named ("business users"),
// users qualified after the noun ("users in the EU"), a right dropped
// beside the pronoun, and "can" made "must".
func TestUsersAsYou(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-29", "Your Privacy Choices",
			"- Account Information: You can review and update your account information through your settings page.",
			"- Account Information: Users can review and update their account information through the settings page.", false},
		{"you to users, export", "Your rights",
			"You may request a copy of your personal data at any time.",
			"Users may request a copy of their personal data at any time.", false},
		{"users to you", "Your rights",
			"Users can delete their account from the settings page.",
			"You can delete your account from the settings page.", false},
		// The reader a product team names "you" where the policy said
		// "customers" or "users" (b68-05, b68-09), and variants on other
		// seed sentences.
		{"b68-05", "Customer Platform Data",
			"If a customer cancels their subscription: Customers have 30 days to export their data after this period, data is permanently deleted from active systems.",
			"If you cancel your subscription, you have 30 days to export your data. After this period, your data is permanently deleted from active systems.", false},
		{"b68-09", "15. COOKIES AND TRACKING TECHNOLOGIES",
			"Users may control cookie preferences through browser settings or cookie consent tools where implemented.",
			"You can control your cookie preferences through your browser settings, or through cookie consent tools where we have implemented them.", false},
		{"customers responsible, retention", "Identity Verification Documents",
			"Customers are responsible for implementing appropriate data retention policies to ensure these documents are not stored longer than necessary.",
			"You are responsible for implementing appropriate data retention policies to ensure these documents are not stored longer than necessary.", false},
		{"customers may store", "Identity Verification Documents",
			"Customers may store verification documents including: ID documents, passport scans.",
			"You can store verification documents including: ID documents, passport scans.", false},
		// Twins: still material.
		{"twin: customers may store, more kinds", "Identity Verification Documents",
			"Customers may store verification documents including: ID documents, passport scans.",
			"You can store verification documents including: ID documents, passport scans, bank statements.", true},
		{"twin: customers may made must", "Identity Verification Documents",
			"Customers may store verification documents including: ID documents, passport scans.",
			"You must store verification documents including: ID documents, passport scans.", true},
		{"twin: 30 days made 14", "Customer Platform Data",
			"If a customer cancels their subscription: Customers have 30 days to export their data after this period, data is permanently deleted from active systems.",
			"If you cancel your subscription, you have 14 days to export your data. After this period, your data is permanently deleted from active systems.", true},
		{"twin: business users only", "Your rights",
			"You may request a copy of your personal data at any time.",
			"Business users may request a copy of their personal data at any time.", true},
		{"twin: users in the EU", "Your rights",
			"You may request a copy of your personal data at any time.",
			"Users in the EU may request a copy of their personal data at any time.", true},
		{"twin: update dropped", "Your Privacy Choices",
			"You can review and update your account information through your settings page.",
			"Users can review their account information through the settings page.", true},
		{"twin: can made must", "Your rights",
			"You can delete your account from the settings page.",
			"Users must delete their account from the settings page.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}

// TestUsersOf: "users of our systems" → "the people who use our systems"
// names the same people (b68-16); what they use, changed, stays material.
func TestUsersOf(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b68-16", "How do we use your personal information?",
			"Analytics and profiling – we use your personal information for statistical analysis and to help us understand more about users of our systems. This helps us to serve you better and to find ways to improve our services and website.",
			"Analytics and profiling – we use your personal information for statistical analysis and to help us understand more about the people who use our systems. This helps us serve you better and find ways to improve our services and website.", false},
		{"those who use the platform", "Security",
			"OmniCRM staff may access customer accounts only when necessary to help users of the platform with troubleshooting.",
			"OmniCRM staff may access customer accounts only when necessary to help those who use the platform with troubleshooting.", false},
		{"people to users", "Cookies",
			"We use analytics cookies to understand how people who use our website move between pages.",
			"We use analytics cookies to understand how users of our website move between pages.", false},
		// Twins: still material.
		{"twin: systems made website and apps", "How do we use your personal information?",
			"We use your personal information for statistical analysis and to help us understand more about users of our systems.",
			"We use your personal information for statistical analysis and to help us understand more about the people who use our systems and partner apps.", true},
		{"twin: users of partners", "Cookies",
			"We use analytics cookies to understand how users of our website move between pages.",
			"We use analytics cookies to understand how people who use our partners' websites move between pages.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
