package material

import "testing"

// TestBackPart: a reference back to two kinds of a thing the sentence
// named ("such children", after children under 16 in one place and under
// the age of majority in others) restated as one kind is material
// (b41-14), and so is the converse. Restating the one kind a sentence
// named is not.
func TestBackPart(t *testing.T) {
	const h = "Children’s Privacy"
	const two = "Our Services are not directed to children under the age of sixteen (16) in the United States or children under the age of legal majority in jurisdictions outside the United States, nor do we market products or services to "
	const one = "Our Services are not directed to children under the age of sixteen (16), nor do we market products or services to "
	checkMaterial(t, []materialCase{
		{h, two + "such children.", two + "children under the age of sixteen (16).", true},
		{h, two + "children under the age of sixteen (16).", two + "such children.", true},
		{h, two + "such children.", two + "children under the age of legal majority.", true},
		{h, two + "such children.", two + "these children.", false},
		{h, one + "such children.", one + "children under the age of sixteen (16).", false},
		{h, one + "children under the age of sixteen (16).", one + "such children.", false},
	})
}
