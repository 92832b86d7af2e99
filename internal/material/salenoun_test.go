package material

import (
	"strings"
	"testing"
)

// TestSaleOfIsSell holds the family of the act of selling said by its
// noun on one side and its verb on the other: "in the event of a sale of
// all or a portion of our assets" is "if we sell all or a portion of our
// assets" (b35-42). What is sold, by whom and to whom is still compared.
func TestSaleOfIsSell(t *testing.T) {
	rb := Builtin()
	const b35old = "- Business Transfers: In the event of a merger, acquisition, reorganization, bankruptcy, or sale of all or a portion of our assets, your information may be transferred as part of that transaction."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b35-42: or sell all or a portion", "Information Sharing and Disclosure", b35old,
			"- Business Transfers: If we are involved in a merger, acquisition, reorganization or bankruptcy, or sell all or a portion of our assets, your information may be transferred as part of that transaction.", false},
		{"a sale of our business", "Sharing",
			"In the event of a sale of our business, your data may be transferred to the buyer.",
			"If we sell our business, your data may be transferred to the buyer.", false},
		{"the other way", "Sharing",
			"We never sell your personal information.",
			"There is never any sale of your personal information.", false},
		// Material twins.
		{"your data sold, not the business", "Sharing",
			"In the event of a sale of our business, your data may be transferred to the buyer.",
			"If we sell your data, it may be transferred to the buyer.", true},
		{"sold, not shared", "Sharing",
			"We never share your personal information.",
			"There is never any sale of your personal information.", true},
		{"a denial dropped", "Sharing",
			"We never sell your personal information.",
			"There may be a sale of your personal information.", true},
		{"another asset", "Information Sharing and Disclosure", b35old,
			"- Business Transfers: If we are involved in a merger, acquisition, reorganization or bankruptcy, or sell your personal information, your information may be transferred as part of that transaction.", true},
		{"a sales team is no selling", "Sharing",
			"Our sales team may contact you about our products.",
			"Our team may sell your contact details to partners.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
