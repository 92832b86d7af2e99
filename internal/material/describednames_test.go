package material

import "testing"

// TestDescribedByNames: a noun before a list of names in brackets is not
// a definition to be replaced by the names: "distributors and resellers
// (…)" adds a kind of recipient (b95-15). A noun defined by a criterion is still read as its
// definition (appositive_test.go).
func TestDescribedByNames(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a kind of recipient beside named ones", "Who we share with",
			"We share it with our official distributors (Alpha Ltd and The Beta Group), so that we can serve you.",
			"We share it with our official distributors and resellers (Alpha Ltd and The Beta Group), so that we can serve you.", true},
		{"one named recipient, described by a second kind", "Who we share with",
			"We share it with our official distributors (Alpha Ltd), so that we can serve you.",
			"We share it with our official distributors and resellers (Alpha Ltd), so that we can serve you.", true},
	})
}
