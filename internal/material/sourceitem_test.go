package material

import (
	"strings"
	"testing"
)

// TestSourceItem: an item of a list of data that opens "Information
// from …" says where the data comes from, and a party named in it is a
// source of data, the data category (b79-14: "… credit reference
// agencies such as Experian and Equifax" was "New recipient: Equifax").
// The twins: the same item saying the data is shared with the party
// names a recipient; a party data is sent to after "from" stays one.
func TestSourceItem(t *testing.T) {
	rb := Builtin()
	const heading = "What sorts of personal information do we hold?"
	const old = "  • Information from other sources such as specialist companies that provide customer information (like credit reference agencies such as Experian, fraud prevention agencies), social media providers and the DVLA."
	for _, tc := range []struct {
		name, new, category, reason string
	}{
		{"b79-14", "  • Information from other sources, such as specialist companies that provide customer information (like credit reference agencies such as Experian and Equifax, fraud prevention agencies), social media providers and the DVLA.", "data", "Equifax"},
		{"twin: the item says it is shared with the party", "  • Information from other sources such as specialist companies that provide customer information (like credit reference agencies such as Experian, fraud prevention agencies), social media providers and the DVLA, which we share with Zorvex Analytics.", "recipients", "Zorvex Analytics"},
		{"twin: a recipient in a sentence of its own", "  • Information from other sources such as specialist companies that provide customer information (like credit reference agencies such as Experian, fraud prevention agencies), social media providers and the DVLA. We disclose it to Zorvex Analytics.", "recipients", "Zorvex Analytics"},
	} {
		rep, cats, why := judgeEdit(rb, heading, old, tc.new)
		if joined := strings.Join(why, "; "); !rep.Material || !cats[tc.category] || !strings.Contains(joined, tc.reason) {
			t.Errorf("%s: material=%v %v, want %s naming %q: %s", tc.name, rep.Material, cats, tc.category, tc.reason, joined)
		}
	}
}
