package material

import (
	"strings"
	"testing"
)

// TestOfferedChance holds b30-15 in other words: a party that gives the
// reader the opportunity (option, chance, ability) to act grants the
// reader a power, as "you will be able to" or "you can" does, so "We will
// give you the opportunity to refuse direct marketing" and "You will be
// able to refuse direct marketing" commit to the same. A power hedged or
// made optional for the company, an occasion dropped, less of it, or the
// act reversed is still compared.
func TestOfferedChance(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b30-15", "What About Direct Marketing and Advertising?",
			"We will give you the opportunity to refuse direct marketing and to set your advertising preferences when you register with our services and when we send you direct marketing via email. You have a right to object at any time to processing of your personal data for direct marketing purposes.",
			"You will be able to refuse direct marketing and set your advertising preferences when you register with our services and whenever we send you direct marketing by email. You have a right to object at any time to processing of your personal data for direct marketing purposes.", false},
		{"offer you the option", "Advertising",
			"We offer you the option to opt out of personalised advertising in your account settings.",
			"You can opt out of personalised advertising in your account settings.", false},
		{"provide you with the ability", "Your choices",
			"We will provide you with the ability to download a copy of your messages.",
			"You will be able to download a copy of your messages.", false},
		// Twins: still material.
		{"twin: the power hedged", "Direct marketing",
			"We will give you the opportunity to refuse direct marketing when you register.",
			"You may be able to refuse direct marketing when you register.", true},
		{"twin: an occasion dropped", "Direct marketing",
			"We will give you the opportunity to refuse direct marketing when you register and whenever we email you.",
			"You will be able to refuse direct marketing when you register.", true},
		{"twin: the company may give it", "Direct marketing",
			"We will give you the opportunity to refuse direct marketing.",
			"We may give you the opportunity to refuse direct marketing.", true},
		{"twin: less of it", "Direct marketing",
			"We will give you the opportunity to refuse direct marketing.",
			"You will be able to refuse some direct marketing.", true},
		{"twin: the act reversed", "Advertising",
			"We offer you the option to opt out of personalised advertising.",
			"You can opt in to personalised advertising.", true},
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
