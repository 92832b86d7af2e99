package material

import (
	"strings"
	"testing"
)

// TestPronounOne: "the one where you live" stands for a country named
// before it; it counts nothing, so a sentence rewritten around it states
// no number that could have changed (b60-35: "countries outside your
// country of residence" → "countries other than the one where you live"
// was "a number without a unit changed", a reason a reviewer would find
// false). Twins: "one" that counts a noun after it, or a count changed,
// stay material.
func TestPronounOne(t *testing.T) {
	const tr = "International transfers"
	rb := Builtin()
	for _, tc := range [][3]string{
		{"b60-35",
			"Your data may be transferred to and processed in countries outside your country of residence, including to countries that may not provide the same level of data protection.",
			"Your data may be transferred to, and processed in, countries other than the one where you live, including countries that may not offer the same level of data protection."},
		{"the one you signed up in",
			"We may store your data in a region other than your region of registration.",
			"We may store your data in a region other than the one you signed up in."},
		{"the one that applies",
			"If the law of your country gives you more rights, that law applies.",
			"If the law of your country gives you more rights, the one that gives you more rights applies."},
	} {
		_, _, why := judgeEdit(rb, tr, tc[1], tc[2])
		if strings.Contains(strings.Join(why, " "), "number") {
			t.Errorf("%s: the pronoun 'one' read as a number: %s", tc[0], strings.Join(why, "; "))
		}
	}
	runRestated(t, []restatedCase{
		{"twin: one region counted", tr,
			"We store your data in our data centre in Frankfurt.",
			"We store your data in one data centre in Frankfurt and the one in Dublin.", true},
		{"twin: the one backup becomes two", "Retention",
			"We keep the one backup copy for 30 days.",
			"We keep the two backup copies for 30 days.", true},
	})
}
