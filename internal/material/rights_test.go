package material

import (
	"strings"
	"testing"
)

// TestRightsLimited holds the family of batch 10's one miss (b10-24: a
// free copy of your data "whenever you like" → "once a year", called
// "Wording not about personal data"): a right the policy gives the user,
// said in plain words rather than by its legal name, limited in how often,
// when, at what cost or by which channel it can be used. Each is material,
// a data-subject right; each beside a minor twin that says the same.
func TestRightsLimited(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category                string
	}{
		{"how often", "Your trip history",
			"You can see the full list of trips you have taken with us whenever you want.",
			"You can see the full list of trips you have taken with us once a month.", true, "rights"},
		{"how often, same", "Your trip history",
			"You can see the full list of trips you have taken with us whenever you want.",
			"You can see the full list of trips you have taken with us at any time.", false, ""},
		{"how often, in digits", "Your trip history",
			"You can see the full list of trips you have taken with us once a month.",
			"You can see the full list of trips you have taken with us twice a month.", true, "rights"},
		{"when", "Calling us",
			"You can phone our helpline about anything on your account at any time.",
			"You can phone our helpline about anything on your account during business hours.", true, "rights"},
		{"when, same", "Calling us",
			"You can phone our helpline about anything on your account at any time.",
			"You can phone our helpline about anything on your account whenever you wish.", false, ""},
		{"a channel removed", "Getting your photos back",
			"You can get back the photos you have sent us by email or from the app.",
			"You can get back the photos you have sent us from the app.", true, "rights"},
		{"channels reordered", "Getting your photos back",
			"You can get back the photos you have sent us by email or from the app.",
			"You can get back the photos you have sent us from the app or by email.", false, ""},
		{"a cost", "Printed statements",
			"You are entitled to a printed statement of your points, posted to your home.",
			"You are entitled to a printed statement of your points, posted to your home for a charge of £5.", true, "rights"},
		{"a deadline lengthened", "Printed statements",
			"You can have a printed statement of your points posted to you within 5 working days.",
			"You can have a printed statement of your points posted to you within 20 working days.", true, "rights"},
		{"a deadline restated", "Printed statements",
			"You can have a printed statement of your points posted to you within 5 working days.",
			"You can have a printed statement of your points posted to you within five (5) working days.", false, ""},
		// The same right given to "members" over "their" things, and a
		// copy of the user's data, however the sentence is put.
		{"members, how often", "Your listening history",
			"Members may download their listening history at any time.",
			"Members may download their listening history once every three months.", true, "rights"},
		{"members, same", "Your listening history",
			"Members may download their listening history at any time.",
			"Members may download their listening history whenever they like.", false, ""},
		{"a copy made paid", "Your listening history",
			"Getting a copy of your purchase history is free.",
			"Getting a copy of your purchase history costs £10.", true, "rights"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] {
			t.Errorf("%s: material=%v %v, want %v %q: %s", tc.name, rep.Material, cats, tc.material, tc.category, strings.Join(why, "; "))
		}
		// A right that could be used at any time and now only at some
		// is limited: fewer protections.
		if tc.material && (strings.Contains(tc.old, "at any time") || strings.Contains(tc.old, "whenever")) {
			for _, v := range rep.Verdicts {
				if v.Material && v.Direction != Expands {
					t.Errorf("%s: direction %q, want %q: %s", tc.name, v.Direction, Expands, v.Reason)
				}
			}
		}
	}
}

// TestRates: a rate is a quantity with its period, compared per base unit;
// "once" with no period is no number.
func TestRates(t *testing.T) {
	q := func(s string) string { return strings.Join(quantities(strings.Fields(s)), " ") }
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"once a year", "once every 12 months", true},
		{"once a year", "once every twelve months", true},
		{"twice a month", "once a month", false},
		{"3 times a week", "three times per week", true},
		{"once a year", "1 year", false},
	} {
		if got := q(tc.a) == q(tc.b); got != tc.same {
			t.Errorf("%q (%s) and %q (%s): same %v, want %v", tc.a, q(tc.a), tc.b, q(tc.b), got, tc.same)
		}
	}
	for _, s := range []string{"once you close your account", "at once", "three times"} {
		if got := q(s); strings.Contains(got, "/") {
			t.Errorf("%q: rate %q, want none", s, got)
		}
	}
}
