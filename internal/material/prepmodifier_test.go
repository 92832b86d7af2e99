package material

import (
	"strings"
	"testing"
)

// TestModifierAsPhrase holds b20-28 in other words: a noun's modifier
// said after it with a preposition of means ("internet or email
// transmission" → "transmission over the internet or by email", "SMS
// alerts" → "alerts by SMS"), as "X-free" said as "free of X" does
// ("error-free" → "free of errors"), names the same thing. The phrase
// put after a verb, a modifier dropped or another channel named, or a
// force word changed beside it, still counts.
func TestModifierAsPhrase(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b20-28", "Data Security",
			"We implement reasonable technical and organizational measures to protect your information from unauthorized access, use, alteration, or disclosure. However, no internet or email transmission is ever fully secure or error-free. Please keep this in mind when disclosing any information to us via the internet.",
			"We implement reasonable technical and organizational measures to protect your information from unauthorized access, use, alteration, or disclosure. However, no transmission over the internet or by email is ever completely secure or free of errors. Please bear this in mind whenever you disclose any information to us online.", false},
		{"alerts by SMS", "Notifications",
			"We send security alerts by SMS when a new device signs in.",
			"We send SMS security alerts when a new device signs in.", false},
		{"communications by email", "Marketing",
			"You can opt out of email communications at any time.",
			"You can opt out of communications by email at any time.", false},
		{"free from viruses", "Security",
			"We cannot promise that the Service will be virus-free.",
			"We cannot promise that the Service will be free from viruses.", false},
		// Twins: still material.
		{"twin: the channel phrase on a verb, not the noun", "Data Security",
			"However, no internet or email transmission is ever fully secure.",
			"However, no transmission is ever fully secure, and we never reply over the internet or by email.", true},
		{"twin: a modifier dropped", "Data Security",
			"However, no internet or email transmission is ever fully secure.",
			"However, no transmission by email is ever fully secure.", true},
		{"twin: a promise of being error-free", "Security",
			"We cannot promise that the Service will be error-free.",
			"We promise that the Service will be free of errors.", true},
		{"twin: notified by email, a day less", "Changes to this policy",
			"We will notify you by email at least 30 days before any material change takes effect.",
			"We will email you at least 29 days before any material change takes effect.", true},
		{"twin: notified by email, now by notice", "Changes to this policy",
			"We will notify you by email before any material change takes effect.",
			"We will post a notice before any material change takes effect, and may email you.", true},
		{"twin: another channel", "Notifications",
			"We send security alerts by SMS when a new device signs in.",
			"We send email security alerts when a new device signs in.", true},
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
