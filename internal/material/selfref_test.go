package material

import (
	"strings"
	"testing"
)

// TestSameDocument holds a family of the real histories of Open Terms
// Archive: a policy that calls itself by another name ("this Privacy
// Policy" → "this Privacy Statement", "This policy doesn't apply" → "This
// statement doesn't apply") is the same document. What it says it applies
// to, or another document it points to, still counts.
func TestSameDocument(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"this policy, this statement", "Cookies",
			"This policy does not cover the cookies that other websites place on your device.",
			"This statement does not cover the cookies that other websites place on your device.", false},
		{"this Privacy Policy, this Privacy Statement", "Your account",
			"If you have questions about this Privacy Policy, you can write to our support team about your account data.",
			"If you have questions about this Privacy Statement, you can write to our support team about your account data.", false},
		{"a framework is no document", "International transfers",
			"We rely on the EU-US Data Privacy Framework for transfers to the US.",
			"We rely on the EU-US Data Privacy Framework and the UK Extension for transfers to the US.", true},
		{"this notice, other people", "Scope",
			"This notice applies to the personal data of our customers.",
			"This statement applies to the personal data of our employees.", true},
		{"this notice, another document", "Cookies",
			"This notice does not cover the cookies that other websites place on your device.",
			"Our cookie policy does not cover the cookies that other websites place on your device.", true},
		// A word put before the document's noun names it as the policy
		// already names itself in a heading (b43-17, Stripe's "Changes
		// to this Privacy Notice"); where the policy never did, or the
		// word is about cookies, it is left to the other rules.
		{"this Notice, this Privacy Notice, as the heading says (b43-17)", "CHANGES TO THIS PRIVACY NOTICE",
			"We may update this Notice from time to time. Your use of the Site will be governed by the current version of this Notice.",
			"We may update this Privacy Notice from time to time. Your use of the Site will be governed by the current version of this Privacy Notice.", false},
		{"this Policy, this Privacy Policy, as the heading says", "Questions about this Privacy Policy",
			"If you have questions about this Policy or how we handle your personal data, write to our data protection officer.",
			"If you have questions about this Privacy Policy or how we handle your personal data, write to our data protection officer.", false},
		{"this Statement, this Privacy Statement, as the heading says", "Our Privacy Statement",
			"This Statement explains how we use the personal data of visitors to our stores.",
			"This Privacy Statement explains how we use the personal data of visitors to our stores.", false},
		{"this Notice, this Privacy Notice, never so named", "Changes",
			"We may update this Notice from time to time. Your use of the Site will be governed by the current version of this Notice.",
			"We may update this Privacy Notice from time to time. Your use of the Site will be governed by the current version of this Privacy Notice.", true},
		{"this Notice, this Cookie Notice, named so in the heading", "Changes to this Cookie Notice",
			"We may update this Notice from time to time. Your use of the Site will be governed by the current version of this Notice.",
			"We may update this Cookie Notice from time to time. Your use of the Site will be governed by the current version of this Cookie Notice.", true},
		// The document named where a noun of both sentences already meant
		// it (b271-10, b103-10): "the most up to date version" → "… version
		// of this privacy policy", "the revised policy" → "the revised
		// privacy policy". Another document named so is a change.
		{"version of this privacy policy (b271-10)", "Changes to this Privacy Policy",
			"The most up to date version will be published on our website.",
			"The most up to date version of this privacy policy will be published on our website.", false},
		{"version of this Policy, one word", "Changes to this Privacy Policy",
			"The most up to date version will be published on our website.",
			"The most up to date version of this Policy will be published on our website.", false},
		{"version of our cookie policy, another document", "Changes to this Privacy Policy",
			"The most up to date version will be published on our website.",
			"The most up to date version of our cookie policy will be published on our website.", true},
		{"version of this cookie notice, never its name", "Changes to this Privacy Policy",
			"The most up to date version will be published on our website.",
			"The most up to date version of this cookie notice will be published on our website.", true},
		{"the revised privacy policy (b271-30)", "Changes to this Privacy Policy",
			"Your continued use of the Service after changes become effective constitutes acceptance of the revised policy.",
			"Your continued use of the Service after changes become effective constitutes acceptance of the revised privacy policy.", false},
		{"the revised cookie policy, another document", "Changes to this Privacy Policy",
			"Your continued use of the Service after changes become effective constitutes acceptance of the revised policy.",
			"Your continued use of the Service after changes become effective constitutes acceptance of the revised cookie policy.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
