package material

import "testing"

// TestClarifyOpener: a formula of clarification opening a sentence ("For
// clarity,", "To be clear,", "For the avoidance of doubt,") restates; it
// commits to nothing. Probed on the seeds: "For clarity," put before the
// first word of a paragraph was 104 false alarms of 115. Twins change the
// commitment beside the formula, or use the word inside the sentence.
func TestClarifyOpener(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"probe: for clarity", "Information We Collect", "We may collect personal information directly from you when you register for an account, use the Service, or communicate with us.",
			"For clarity, we may collect personal information directly from you when you register for an account, use the Service, or communicate with us.", false},
		{"to be clear, second sentence", "Data Sharing", "omnie does not sell personal information. Information may be shared only with the client associated with the request.",
			"omnie does not sell personal information. To be clear, information may be shared only with the client associated with the request.", false},
		{"avoidance of doubt", "Data Retention", "Customers have 30 days to export their data after cancellation; after this period, data is permanently deleted from active systems.",
			"For the avoidance of doubt, customers have 30 days to export their data after cancellation; after this period, data is permanently deleted from active systems.", false},
		{"in other words, removed", "Data Storage", "In other words, omnie does not store or maintain customer data independently.",
			"omnie does not store or maintain customer data independently.", false},
		// Twins: the commitment beside the formula changes.
		{"twin: period changed beside it", "Data Retention", "Customers have 30 days to export their data after cancellation.",
			"For clarity, customers have 14 days to export their data after cancellation.", true},
		{"twin: a recipient added beside it", "Data Sharing", "We share your data with our hosting provider.",
			"For clarity, we share your data with our hosting provider and advertisers.", true},
		{"twin: a hedge beside it", "Security", "We encrypt all stored data using AES-256.",
			"To be clear, we aim to encrypt stored data using AES-256.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
