package material

import (
	"strings"
	"testing"
)

// TestInPlace holds b29-42 in other words: "we have (keep, maintain)
// measures in place" says the measures exist and are used, as "we
// implement measures" or "we use measures" does, so the idiom's "place"
// commits to nothing new. What the measures are, how good they are said
// to be, when they apply and what they protect are still compared.
func TestInPlace(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b29-42", "Data Security",
			"We implement reasonable technical and organizational measures to protect your information from unauthorized access, use, alteration, or disclosure. However, no internet or email transmission is ever fully secure or error-free.",
			"We have reasonable technical and organizational measures in place to protect your information against unauthorized access, use, alteration, or disclosure. However, no internet or email transmission is ever fully secure or error-free.", false},
		{"maintain for have in place", "Security",
			"We maintain administrative, technical and physical safeguards to protect your personal data.",
			"We have administrative, technical and physical safeguards in place to protect your personal data.", false},
		{"in place dropped", "Security",
			"We have strict access controls in place to protect your personal data.",
			"We implement strict access controls to protect your personal data.", false},
		{"b80-37 the measures are in place", "Data Security",
			"We implement reasonable technical and organizational measures to protect your information from unauthorized access, use, alteration, or disclosure. However, no internet or email transmission is ever fully secure or error-free.",
			"Reasonable technical and organizational measures are in place to protect your information from unauthorized access, use, alteration, or disclosure. However, no internet or email transmission is ever fully secure or error-free.", false},
		// Twins: still material.
		{"twin: measures in place no longer reasonable", "Data Security",
			"We implement reasonable technical and organizational measures to protect your information.",
			"Some technical measures are in place to protect your information.", true},
		{"twin: measures that may be in place", "Data Security",
			"We implement technical measures to protect your information.",
			"Technical measures may be in place to protect your information.", true},
		{"twin: measures that were in place", "Data Security",
			"We implement technical measures to protect your information.",
			"Technical measures were in place to protect your information.", true},
		{"twin: in place only for some data", "Data Security",
			"We implement technical measures to protect all your information.",
			"Technical measures are in place to protect your payment information.", true},
		{"twin: the measures no longer reasonable", "Data Security",
			"We implement reasonable technical and organizational measures to protect your information.",
			"We have some technical measures in place to protect your information.", true},
		{"twin: measures put in place later", "Data Security",
			"We implement technical measures to protect your information.",
			"We will put technical measures in place to protect your information by the end of 2027.", true},
		{"twin: a condition added", "Data Security",
			"We implement technical measures to protect your information.",
			"Where required by law, we have technical measures in place to protect your information.", true},
		{"twin: less information protected", "Data Security",
			"We implement technical measures to protect all your information.",
			"We have technical measures in place to protect your payment information.", true},
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
