package material

import (
	"strings"
	"testing"
)

// TestAnchorClauseCategory: a change to the event a period runs from,
// in a clause of its own, is about what the period is of, though the
// sentence opens on another matter: "We use Acme Mail to email receipts
// and store records, which are retained for four years from the date of
// last donation" → "… of last payment" moves a retention period, not a
// purpose. Its twin keeps its category: a period whose clause is about a
// purpose ("which we use for marketing for four years from …") stays
// about purposes. (Written before the period's clause was read alone,
// for Mozilla's 159.)
func TestAnchorClauseCategory(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		categoryCase
		not string
	}{
		{categoryCase{"a retention clock in a clause of its own", "How we use your information",
			"We use [SalesForce Marketing Cloud](https://www.marketingcloud.com/privacy) to email receipts and store records, which are retained for four years from the date of last donation.",
			"We use [SalesForce Marketing Cloud](https://www.marketingcloud.com/privacy) to email receipts and store records, which are retained for four years from the date of last payment.", "retention"}, "purposes"},
		{categoryCase{"twin: the clause names the purpose", "How we use your information",
			"We use [SalesForce Marketing Cloud](https://www.marketingcloud.com/privacy) to email receipts, which we use for marketing for four years from the date of last donation.",
			"We use [SalesForce Marketing Cloud](https://www.marketingcloud.com/privacy) to email receipts, which we use for marketing for four years from the date of last payment.", "purposes"}, "retention"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.category] || cats[tc.not] {
			t.Errorf("%s: material=%v, want %s, not %s: %s", tc.name, rep.Material, tc.category, tc.not, strings.Join(why, "; "))
		}
	}
}
