package material

import "testing"

// TestHeaderSaidBefore: a list turned into a table gains a header row
// (b18-25); a header whose words the sentence before the table or the
// section's heading already says labels the columns and commits to
// nothing. Near misses stay material: a header that says more than the
// lead-in ("after account closure"), a header added with a row that is
// new, and a number changed in a row.
func TestHeaderSaidBefore(t *testing.T) {
	rb := Builtin()
	list := func(lead string, items ...string) string {
		s := lead + "\n\n"
		for _, it := range items {
			s += "- " + it + "\n"
		}
		return s
	}
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-25", "Data Retention",
			list("We retain your data for the following periods:", "Chat Conversations: 90 days (configurable in your dashboard)", "Analytics Data: 180 days", "Audit Logs: 24 months as required by regulations"),
			"We retain your data for the following periods:\n\n| Data | Retention period |\n| --- | --- |\n| Chat Conversations | 90 days (configurable in your dashboard) |\n| Analytics Data | 180 days |\n| Audit Logs | 24 months as required by regulations |\n", false},
		{"recipients as a table", "Who we share data with",
			list("We share personal data with the following service providers for the purposes below:", "Stripe: payment processing", "Zendesk: customer support"),
			"We share personal data with the following service providers for the purposes below:\n\n| Service provider | Purpose |\n| --- | --- |\n| Stripe | payment processing |\n| Zendesk | customer support |\n", false},
		{"table back to a list", "Data Retention",
			"We retain your data for the following periods:\n\n| Data | Retention period |\n| --- | --- |\n| Chat Conversations | 90 days |\n| Analytics Data | 180 days |\n",
			list("We retain your data for the following periods:", "Chat Conversations: 90 days", "Analytics Data: 180 days"), false},
		// Twins: still material.
		{"twin: header says more", "Data Retention",
			list("We retain your data for the following periods:", "Chat Conversations: 90 days", "Analytics Data: 180 days"),
			"We retain your data for the following periods:\n\n| Data | Retention after account closure |\n| --- | --- |\n| Chat Conversations | 90 days |\n| Analytics Data | 180 days |\n", true},
		{"twin: a row added", "Data Retention",
			list("We retain your data for the following periods:", "Chat Conversations: 90 days", "Analytics Data: 180 days"),
			"We retain your data for the following periods:\n\n| Data | Retention period |\n| --- | --- |\n| Chat Conversations | 90 days |\n| Analytics Data | 180 days |\n| Voice Recordings | 3 years |\n", true},
		{"twin: a period changed", "Data Retention",
			list("We retain your data for the following periods:", "Chat Conversations: 90 days", "Analytics Data: 180 days"),
			"We retain your data for the following periods:\n\n| Data | Retention period |\n| --- | --- |\n| Chat Conversations | 90 days |\n| Analytics Data | 365 days |\n", true},
		{"twin: a new table", "Data Retention",
			"We retain your data for the following periods.",
			"We retain your data for the following periods:\n\n| Data | Retention period |\n| --- | --- |\n| Chat Conversations | 90 days |\n", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
