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

// weJoined returns the parties one side joins to the name "we" is given
// for ("Omni Software and its affiliates ("we," …)") that the other side
// does not, and whether the new side joins them. The name is the text
// before the label; a party is a noun of persons or groups ("affiliates",
// "subsidiaries", "partners").
func weJoined(old, new string) (party string, put bool) {
	no, nn := namedAsWe(old), namedAsWe(new)
	if no == "" || nn == "" || no == nn {
		return "", false
	}
	for i, side := range [2][2]string{{nn, no}, {no, nn}} {
		have := map[string]bool{}
		for _, w := range lowerWords(side[1]) {
			have[w] = true
		}
		ws := lowerWords(side[0])
		for j, w := range ws {
			if !have[w] && (partyNoun(w) || groupOrPerson(w)) && joinedAt(ws, j) {
				return w, i == 0
			}
		}
	}
	return "", false
}

// joinedAt reports that the word at j of ws is of a thing joined by "and",
// "or" or "with" ("and its affiliates", "together with our partners"),
// not said of the name ("Omni Software, a member of the Veltris Group").
func joinedAt(ws []string, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if ws[k] == "and" || ws[k] == "or" || ws[k] == "with" || ws[k] == "&" {
			return true
		}
	}
	return false
}

// namedAsWe is the text of a sentence's clause before the label that
// says "we" stands for it: "Omni Software and its affiliates" in "Omni
// Software and its affiliates ("we," "us," or "our") is committed …".
func namedAsWe(s string) string {
	m := weDefinedRE.FindStringIndex(s)
	if m == nil {
		return ""
	}
	before := strings.TrimRight(s[:m[0]], " (“\"'‘")
	if k := strings.LastIndexAny(before, ".;:"); k >= 0 {
		before = before[k+1:]
	}
	return strings.TrimSpace(before)
}
