package material

import (
	"slices"
	"strings"
)

// "model contracts in a form approved by regulators" are the approved
// form; "in a form based on those approved by regulators" are any form
// drawn from it, approved by no one. A phrase that says a thing is drawn
// from a standard, put or taken away, the other words the same, changes
// what the commitment holds to.

// derivedFromPhrases say a thing is drawn from another, not the other.
var derivedFromPhrases = [][]string{{"based", "on"}, {"based", "upon"}, {"modelled", "on"}, {"modeled", "on"}, {"derived", "from"},
	{"adapted", "from"}, {"inspired", "by"}, {"similar", "to"}, {"comparable", "to"}, {"equivalent", "to"}, {"in", "line", "with"}}

// derivedFrom returns the first phrase of derivedFromPhrases in ws, and
// ws without every such phrase and the pronoun after it ("those",
// "that", "the ones").
func derivedFrom(ws []string) (string, []string) {
	first := ""
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		matched := false
		for _, p := range derivedFromPhrases {
			if i+len(p) <= len(ws) && slices.Equal(ws[i:i+len(p)], p) {
				if first == "" {
					first = strings.Join(p, " ")
				}
				i += len(p) - 1
				if i+1 < len(ws) && (ws[i+1] == "those" || ws[i+1] == "that" || ws[i+1] == "the" && i+2 < len(ws) && ws[i+2] == "ones") {
					i++
					if ws[i] == "the" {
						i++
					}
				}
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, ws[i])
		}
	}
	return first, out
}

// derivedStandard returns the phrase put ("based on") and whether it was
// put, when old and new differ only by it: "in a form approved by
// regulators" → "in a form based on those approved by regulators".
func derivedStandard(old, new []string) (string, bool) {
	po, ro := derivedFrom(old)
	pn, rn := derivedFrom(new)
	if (po == "") == (pn == "") || !slices.Equal(ro, rn) {
		return "", false
	}
	if pn != "" {
		return pn, true
	}
	return po, false
}
