package material

import (
	"strings"
)

// A postal address laid out one part to a line under a company's name
// ("SurveyMonkey Inc." / "1 Curiosity Way" / "San Mateo, California
// 94403" / "United States") is where the controller is reached: a street
// or number in it changed that no rule can read is a change of the
// controller's particulars, its identity, for a reviewer to confirm
// (b50-05), not a change of no category.

// companyAddressBlock reports text whose first line names a company by its
// legal form and whose later lines hold a postcode: an address block.
func companyAddressBlock(text string) bool {
	if strings.IndexByte(text, '\n') < 0 || !postcodeRE.MatchString(text) && !townLineRE.MatchString(text) {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	ws := strings.Fields(stripMarkdown(first))
	return len(ws) >= 2 && len(ws) <= 8 && legalForms[nameFormWord(ws[len(ws)-1])]
}

// townLineRE is a line of an address block that gives the town, its
// region written out and the postcode: "San Mateo, California 94403".
var townLineRE = mustPattern(`(?m)^\s*\p{Lu}[\p{L} .'’-]{1,40},\s*\p{Lu}[\p{L} ]{1,30}\s+\d{4,6}(?:-\d{4})?\s*$`)
