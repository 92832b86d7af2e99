package material

import (
	"strings"
	"testing"
)

// TestReducedRelative: a participle after a noun ("Processing based on
// our legitimate business interests") written as a relative clause
// ("Processing that relies on …", b79-24) says which ones as before: it
// was read "Scope narrowed: a clause saying which ones". A hedge in the
// clause, another ground, another party, a new source or a dropped "only"
// stay material.
func TestReducedRelative(t *testing.T) {
	rb := Builtin()
	const basis = "Processing based on our legitimate business interests, balanced against your rights:"
	const shared = "We share data collected from your device with our analytics provider."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category, reason        string
	}{
		{"b79-24", "Legitimate Interests (Art. 6(1)(f))", basis, "Processing that relies on our legitimate business interests, weighed against your rights:", false, "", ""},
		{"participle → clause", "Sharing", shared, "We share data that we collect from your device with our analytics provider.", false, "", ""},
		{"a hedge in the clause", "Legitimate Interests", basis, "Processing that may rely on our legitimate business interests, weighed against your rights:", true, "legal-basis", "may rely"},
		{"another ground", "Legitimate Interests", basis, "Processing that relies on your consent, weighed against your rights:", true, "legal-basis", "consent"},
		{"another party's interests", "Legitimate Interests", basis, "Processing that relies on our legitimate business interests or those of our partners, weighed against your rights:", true, "", "partners"},
		{"another collector", "Sharing", shared, "We share data that we or our partners collect from your device with our analytics provider.", true, "", "partners"},
		{"a new source", "Sharing", shared, "We share data that we collect from your device or buy from data brokers with our analytics provider.", true, "", "brokers"},
		{"only dropped", "Sharing", "We share only data collected from your device with our analytics provider.", "We share data that we collect from your device with our analytics provider.", true, "", "only"},
		{"a place added", "Transfers", "We use vendors located in the EU.", "We use vendors that are located in the EU or the United States.", true, "transfers", "United States"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] || !strings.Contains(all, tc.reason) {
			t.Errorf("%s: material=%v %v, want %v %s (%q): %s", tc.name, rep.Material, cats, tc.material, tc.category, tc.reason, all)
		}
	}
}
