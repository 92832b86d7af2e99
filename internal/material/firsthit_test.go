package material

import "testing"

// TestFirstHitLongest holds b19-37 in other words: a commitment to tell
// the reader of changes to the policy ("We will notify you of any
// changes by posting …, and we will also email account holders …"), its
// force changed, is about notice: "notify you" is the longer term there,
// not "notify" of a breach. A breach notice stays a security commitment.
func TestFirstHitLongest(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b19-37", "Changes to This Privacy Policy",
			`We will notify you of any changes by posting the new Privacy Policy on this page and updating the "Last Updated" date.`,
			`We will notify you of any changes by posting the new Privacy Policy on this page and updating the "Last Updated" date, and we will also email account holders about material changes before they take effect.`, "notice"},
		{"notice weakened", "Changes",
			"We will notify you of changes to this policy by email.",
			"We will notify you of changes to this policy by email where we are able to.", "notice"},
		// twins: a breach
		{"breach weakened", "Security",
			"We will notify you of any security breach that affects your data.",
			"We may notify you of any security breach that affects your data.", "security"},
		{"breach delayed", "Security",
			"We will notify you promptly if there is a data breach.",
			"We will try to notify you promptly if there is a data breach.", "security"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
}
