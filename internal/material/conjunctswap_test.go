package material

import (
	"strings"
	"testing"
)

// TestConjunctsSwapped: the same words, two parts of a list trading a
// period, an age or a data item, is another commitment; the same parts in
// another order, or a verb said once put in front of another part, is not.
func TestConjunctsSwapped(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		// the miss: cosmetic.reordered saw the same words
		{"Retention", "We keep logs for 30 days and backups for 90 days.", "We keep logs for 90 days and backups for 30 days.", true},
		{"Retention", "Account data is kept for 2 years and payment records for 7 years.", "Account data is kept for 7 years and payment records for 2 years.", true},
		{"Children", "Users under 13 need a parent's consent and users under 16 cannot use chat.", "Users under 16 need a parent's consent and users under 13 cannot use chat.", true},
		{"Sharing", "We share your email address with advertisers and your location with analytics providers.", "We share your location with advertisers and your email address with analytics providers.", true},
		// minor twins: the parts reordered whole
		{"Retention", "We keep backups for 90 days and logs for 30 days.", "We keep logs for 30 days and backups for 90 days.", false},
		{"Retention", "Backups are kept for 90 days and logs for 30 days.", "Logs are kept for 30 days and backups for 90 days.", false},
		{"Collection", "We collect names, emails and phone numbers.", "We collect emails, names and phone numbers.", false},
		{"Sharing", "We share your data with advertisers, analytics providers, and payment processors.", "We share your data with payment processors, advertisers and analytics providers.", false},
		{"Rights", "You may access, correct or delete your data.", "You may delete, access or correct your data.", false},
		// ota/Pinterest/privacy/v6, a bullet added too
		{"Transfers", "These (and their approved equivalent for the UK and Switzerland) are called standard contractual clauses.", "* These (and their approved equivalent for Switzerland and the UK) are called standard contractual clauses.", false},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v %v, want %v: %s", tc.old, tc.new, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
}
