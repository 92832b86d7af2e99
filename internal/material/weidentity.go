package material

import "strings"

// companyNamedAnew returns a company, named with its legal form ("Omnis
// Software Ltd."), that one side of a sentence saying whom "we" stands for
// names and the other does not: the controller is another. The same
// sentence said again in other words ("the legally separate companies
// that together form the Group") names none.
func (c *classifier) companyNamedAnew(old, new string) (name string, put bool) {
	if !mayHaveLegalForm(old) && !mayHaveLegalForm(new) {
		return "", false
	}
	for i, side := range [2][2]string{{new, old}, {old, new}} {
		for _, e := range c.entities(side[0]) {
			if hasLegalForm(strings.Fields(e)) && !strings.Contains(strings.ToLower(side[1]), strings.ToLower(strings.TrimRight(e, "."))) {
				return "'" + e + "'", i == 0
			}
		}
	}
	return "", false
}

// namingVerb says which side names a company.
func namingVerb(put bool) string {
	if put {
		return "now naming "
	}
	return "no longer naming "
}
