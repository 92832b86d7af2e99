package material

import "testing"

// TestGeneralityPhrase: a denial or a promise said to hold as a rule,
// for the most part or with rare exceptions holds with exceptions, built
// from parts no list has ("as a general rule", b162-04). One such phrase
// traded for another, or a phrase of generality about a group of people
// ("for most users") or a place, is read by other rules.
func TestGeneralityPhrase(t *testing.T) {
	const h, denial = "5. PAYMENT DATA", "OmniCRM does not store payment card information."
	say := func(p string) string { return "OmniCRM does not, " + p + ", store payment card information." }
	var cases []restatedCase
	for _, p := range []string{"as a general rule", "for the most part", "on the whole", "by and large", "in the vast majority of cases",
		"in nearly all cases", "with rare exceptions", "in the normal course of business", "in the usual case", "in rare cases"} {
		cases = append(cases, restatedCase{p + " put", h, denial, say(p), true})
	}
	cases = append(cases,
		restatedCase{"one hedge for another", h, say("as a rule"), say("as a general rule"), false},
		restatedCase{"most cases, said as the majority", h, say("in most cases"), say("in the majority of cases"), false},
		restatedCase{"rare cases, said as now and then", "Sharing", "In rare cases, we may share your data with auditors.", "Occasionally, we may share your data with auditors.", false},
		restatedCase{"with the exception of, an exception named", h, denial, "OmniCRM does not store payment card information, with the exception of the last four digits.", true},
	)
	runRestated(t, cases)
	for _, ws := range [][]string{{"for", "most", "users"}, {"in", "the", "majority", "of", "countries"}, {"in", "all", "cases"}, {"with", "the", "exception", "of", "payroll"}} {
		if n := generalityAt(ws, 0); n != 0 {
			t.Errorf("generalityAt(%q) = %d, want 0", ws, n)
		}
	}
}
