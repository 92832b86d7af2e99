package material

import "testing"

// TestKindHeadTraded: a noun of data after the noun that says which kind
// names the same data, traded for another or put after a kind a list
// names alone (b107-04, b107-11, b109-01, b93-43). The kind changed, or a
// noun of data put after what is deleted, is not the same.
// (Written before the rules were changed.)
func TestKindHeadTraded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"information → details after a kind", "Data we collect",
			"We collect your shipping information and your order history.",
			"We collect your shipping details and your order history.", false},
		{"details put after an item of a list", "Data we collect",
			"We collect your name, loyalty card and purchase history.",
			"We collect your name, loyalty card details and purchase history.", false},
		{"the kind changed", "Data we collect",
			"We collect your shipping information and your order history.",
			"We collect your payment information and your order history.", true},
		{"a kind put before the noun of data", "Data we collect",
			"We collect information and your order history.",
			"We collect location information and your order history.", true},
	})
}
