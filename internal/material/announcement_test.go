package material

import "testing"

// TestAnnouncementLead: a sentence that only announces what follows
// ("Here's what you need to know.", "here's why it matters:") commits to
// nothing, put in or taken out (b77-31, b77-15). Twins hide a modal, drop
// an "only", or name a new recipient in the announced list, and an
// announcement that names a party of its own is judged as written: they
// stay material. (Written before the rules were changed.)
func TestAnnouncementLead(t *testing.T) {
	runRestated(t, []restatedCase{
		{"closing announcement", "Privacy Policy",
			"This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the \"Service\").",
			"This Privacy Policy explains how we collect, use, disclose and safeguard your information when you use our Omni Lead Management Software (the \"Service\"). Here's what you need to know.", false},
		{"announcement after a dash", "How do we use your personal information?",
			"Analytics and profiling – we use your personal information for statistical analysis.",
			"Analytics and profiling – here's why it matters: we use your personal information for statistical analysis.", false},
		{"announcement before what is said", "Privacy Policy",
			"This Privacy Policy explains how we collect and use your information.",
			"This Privacy Policy explains how we collect and use your information. Here's how it works.", false},
		{"twin: a modal behind the announcement", "How do we use your personal information?",
			"Analytics and profiling – we use your personal information for statistical analysis.",
			"Analytics and profiling – here's why it matters: we may use your personal information for statistical analysis.", true},
		{"twin: only dropped behind the announcement", "How do we use your personal information?",
			"Analytics and profiling – we use your personal information only for statistical analysis.",
			"Analytics and profiling – here's why it matters: we use your personal information for statistical analysis.", true},
		{"twin: a new item in the announced list", "Sharing",
			"We share your data with our payment processor.",
			"Here's who we share your data with: our payment processor and Zendesk.", true},
		{"twin: an announcement naming a party", "Sharing",
			"We share your data with our payment processor. We do not sell it.",
			"We share your data with our payment processor. Here's what Zendesk sees. We do not sell it.", true},
	})
}
