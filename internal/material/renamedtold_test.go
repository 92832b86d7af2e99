package material

import (
	"strings"
	"testing"
)

// TestRenamedAlreadyTold: a former name the other version gives only as
// a former name renames nothing; the party the new name is another.
func TestRenamedAlreadyTold(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		// the miss: same.term read Gamma Ads as Beta Metrics renamed,
		// as old had read Acme Analytics
		{"Sharing", "We share data with Beta Metrics, now called Acme Analytics.", "We share data with Beta Metrics, now called Gamma Ads.", true},
		{"Sharing", "We share data with Acme Analytics (formerly Beta Metrics).", "We share data with Gamma Ads (formerly Beta Metrics).", true},
		{"Processors", "Payments are handled by Contoso Payments, now known as Northwind Pay.", "Payments are handled by Contoso Payments, now known as Fabrikam Billing.", true},
		// minor twins: the renaming told for the first time, or told again
		{"Sharing", "We share data with Beta Metrics.", "We share data with Beta Metrics, now called Gamma Ads.", false},
		{"Sharing", "We use Beta Metrics for analytics.", "We use Gamma Ads (formerly Beta Metrics) for analytics.", false},
		{"Sharing", "We share data with Gamma Ads (formerly Beta Metrics).", "We share data with Gamma Ads (previously known as Beta Metrics).", false},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v %v, want %v: %s", tc.old, tc.new, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
}
