package material

import (
	"strings"
	"testing"
)

// TestTheInformationWeCollect holds b18-02 and b18-05 in other words:
// "your information", "information about you", "the information we
// collect" and "information" name the same data in a policy about the
// information it collects; what is done with it is compared. A clause
// that says which of it ("the information you provide", "we collect from
// partners"), another kind of information, or an act changed still
// count.
func TestTheInformationWeCollect(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-02", "Security; Retention and Monitoring",
			"We seek to maintain reasonable security measures designed to help protect your information against unauthorized or accidental disclosure, access, misuse, loss, or alteration. There is no such thing as perfect security. Although we strive to protect your information, we cannot ensure or warrant the security of such information.",
			"We seek to maintain reasonable security measures designed to help protect the information we collect against unauthorized or accidental disclosure, access, misuse, loss, or alteration. There is no such thing as perfect security. Although we strive to protect the information we collect, we cannot ensure or warrant the security of such information.", false},
		{"b18-05", "Security; Retention and Monitoring",
			"We may retain information about you as long as it is necessary for us to fulfill the purposes outlined in this Privacy Policy.  In addition, we may retain your information for an additional period as is permitted or required to, among other things, comply with our legal obligations, resolve disputes, and enforce agreements.  Where and when required by applicable law, we shall delete your information.  Even if we delete your information from active databases, the information may remain on backup or storage media.",
			"We may retain information as long as it is necessary for us to fulfill the purposes outlined in this Privacy Policy.  In addition, we may retain information for an additional period as is permitted or required to, among other things, comply with our legal obligations, resolve disputes, and enforce agreements.  Where and when required by applicable law, we shall delete the information we collect.  Even if we delete information from active databases, the information may remain on backup or storage media.",
			false},
		{"personal data we collect", "Retention",
			"Your personal data is kept for as long as your account is open.",
			"The personal data that we collect is kept for as long as your account is open.", false},
		{"twin: what we collect for marketing", "Retention",
			"We keep your personal data for as long as your account is open.",
			"We keep the personal data that we collect for marketing for as long as your account is open.", true},
		{"data about you", "Security",
			"We encrypt data about you at rest.",
			"We encrypt your data at rest.", false},
		{"b16-39", "International transfers",
			"Personal data collected by us may be stored and processed in the United States or in any other country we or our affiliates or service providers maintain facilities.",
			"Personal data that we collect may be stored and processed in the United States or in any other country in which we, our affiliates or our service providers maintain facilities.", false},
		// Twins: still material.
		{"twin: only what you provide", "Security",
			"We encrypt your information at rest.",
			"We encrypt the information you provide at rest.", true},
		{"twin: what we collect from partners", "Security",
			"We protect your information against unauthorized access.",
			"We protect the information we collect from partners against unauthorized access.", true},
		{"twin: another kind of information", "Retention",
			"We delete your information when you close your account.",
			"We delete your payment information when you close your account.", true},
		{"twin: an act changed", "Sharing",
			"We do not sell your information.",
			"We do not sell the information we collect, but we may share it with advertisers.", true},
		{"twin: information about your contacts", "Data we collect",
			"We collect information about you when you sign up.",
			"We collect information about your contacts when you sign up.", true},
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
