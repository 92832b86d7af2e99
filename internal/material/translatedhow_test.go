package material

import "testing"

// TestTranslatedWording: a translator's "in what manner" is "how", and
// "actualise" and "in the frame of" are "update" and "as part of"
// (b242); an item said short with "kept" keeps the state it names
// (b239-48, b241-48); "on its own" before the next clause's pronoun
// limits a denial to the data taken alone (b240-17).
func TestTranslatedWording(t *testing.T) {
	runRestated(t, []restatedCase{
		{"in what manner", "Introduction",
			"This notice describes how Northwind handles personal information collected through its apps.",
			"This notice describes in what manner Northwind handles personal information collected through its apps.", false},
		{"in what manner, the apps widened", "Introduction",
			"This notice describes how Northwind handles personal information collected through its apps.",
			"This notice describes in what manner Northwind handles personal information collected through its apps and partner sites.", true},
		{"actualise", "Changes",
			"When we add a new processor, we will update this notice.",
			"When we add a new processor, we will actualise this notice.", false},
		{"in the frame of", "Business transfers",
			"Your data may be transferred as part of that transaction.",
			"Your data may be transferred in the frame of that transaction.", false},
		{"kept restricted, said short", "Security",
			"- Restricted access to payment records",
			"- Access to payment records kept restricted", false},
		{"on its own, before a pronoun", "Cookies",
			"Such information will not identify you personally, it is statistical data about our visitors.",
			"Such information will not identify you personally on its own, it is statistical data about our visitors.", true},
	})
}
