package material

import (
	"strings"
	"testing"
)

// TestStreetNames holds a real update (Olvid's privacy policy, Open Terms
// Archive: "Olvid - 9 rue Charlot 75003 Paris." → "Olvid - 26, rue Vignon,
// Paris 75009."), reported as "Removed recipient: Charlot": in the
// languages that write the kind of street first, the name after it is a
// street, not a party. A name beside "via", "place" or "avenue" with no
// house number is still a party, and so is a company named like a street.
func TestStreetNames(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		notParty                []string // names no reason may give as a party
	}{
		{"Olvid's move", "Contact",
			"Olvid - 9 rue Charlot 75003 Paris.",
			"Olvid - 26, rue Vignon, Paris 75009.", true, []string{"Charlot", "Vignon"}},
		{"a Spanish street", "Contact",
			"Our data protection officer can be reached at Acme S.L., Calle Mayor 5, 28013 Madrid.",
			"Our data protection officer can be reached at Acme S.L., Calle Alcalá 40, 28014 Madrid.", false, []string{"Mayor", "Alcalá"}},
		{"an Italian street", "Contact",
			"Our office: Acme S.p.A., Via Roma 12, 00100 Roma, Italy.",
			"Our office: Acme S.p.A., Via Garibaldi 40, 00100 Roma, Italy.", false, []string{"Garibaldi"}},
		{"via a processor, no number", "Recipients",
			"We send you our newsletter via Mailchimp.",
			"We send you our newsletter via Sendgrid.", true, nil},
		{"a company named like a street", "Recipients",
			"We share your contact details with Charlot Analytics SAS to measure our campaigns.",
			"We share your contact details with Vignon Analytics SAS to measure our campaigns.", true, nil},
		{"an ad exchange called Place", "Recipients",
			"Our advertising partners include Index Exchange.",
			"Our advertising partners include Place Exchange.", true, nil},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
		for _, v := range rep.Verdicts {
			for _, n := range tc.notParty {
				if strings.HasSuffix(v.Rule, ".entity") && strings.Contains(v.Reason, n) {
					t.Errorf("%s: %q read as a party: %s", tc.name, n, v.Reason)
				}
			}
		}
	}
}
