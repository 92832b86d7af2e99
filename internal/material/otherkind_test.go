package material

import (
	"strings"
	"testing"
)

// TestOtherOfTheKindIsData: an item of a list of data put for "other"
// data of its kind and a clause saying which ("demographic and market
// segment information" → "demographic, and other information that helps
// us provide services or to personalize our marketing", b14-21) adds
// data: it was filed under purposes, the words of the clause. A purpose
// added to the sentence is still a purpose.
func TestOtherOfTheKindIsData(t *testing.T) {
	rb := Builtin()
	const heading = "Information We Collect From Other Sources"
	for _, tc := range []struct {
		old, new, cat string
	}{
		{"* Information about you provided by partner services, such as device, demographic and household income information.",
			"* Information about you provided by partner services, such as device, demographic, and other information that helps us provide services or to personalize our marketing.", "data"},
		{"* Information about you provided by partner services, such as device, demographic and household income information.",
			"* Information about you provided by partner services, such as device, demographic and household income information, which we use to personalize our marketing.", "purposes"},
		{"We use the information partner services provide to deliver our services.",
			"We use the information partner services provide to deliver our services and to personalize our marketing.", "purposes"},
	} {
		rep, cats, why := judgeEdit(rb, heading, tc.old, tc.new)
		if !rep.Material || !cats[tc.cat] {
			t.Errorf("%q → %q: material %v, categories %v, want %s: %s", tc.old, tc.new, rep.Material, cats, tc.cat, strings.Join(why, "; "))
		}
	}
}
