package material

import (
	"strings"
	"testing"
)

// TestIncludeLeadIn holds b18-33 in other words: the words that lead
// into a list below, as a sentence of their own ("… platform. These
// include:") or as a phrase ending the sentence before ("…, including
// the following:"), both give what follows as some of what the sentence
// names; "multiple" is "several". A lead-in that limits to the list or
// excepts it ("limited to the following:", "except:"), or a count word
// for "all", still counts.
func TestIncludeLeadIn(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-33", "9. SECURITY MEASURES",
			"OmniCRM implements multiple security measures to protect data processed through the platform. These include:",
			"We implement several security measures to protect the data processed through our platform, including the following:", false},
		{"which include", "Security",
			"We use technical safeguards to protect your data. These include:",
			"We use technical safeguards to protect your data, which include:", false},
		{"these measures include the following", "Security",
			"We use technical safeguards to protect your data, including:",
			"We use technical safeguards to protect your data. These measures include the following:", false},
		{"multiple for several", "Sharing",
			"We work with several service providers to deliver the service.",
			"We work with multiple service providers to deliver the service.", false},
		// Twins: still material.
		{"twin: the list excepted", "Sharing",
			"We share your data with our partners. These include:",
			"We share your data with all our partners, except:", true},
		{"twin: limited to the following", "Security",
			"We use technical safeguards to protect your data, including the following:",
			"We use technical safeguards to protect your data, limited to the following:", true},
		{"twin: all for multiple", "Retention",
			"We delete all copies of your data when you close your account.",
			"We delete multiple copies of your data when you close your account.", true},
		{"twin: a lead-in in the middle of a sentence", "Sharing",
			"We share data with partners. These include advertisers.",
			"We share data with partners, including advertisers and data brokers.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
