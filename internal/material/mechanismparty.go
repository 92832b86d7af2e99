package material

import (
	"slices"
	"strings"
)

// transferMechanisms are the instruments that make a transfer outside the
// EEA lawful, as the transfers category's words name them.
var transferMechanisms = []string{"data privacy framework", "privacy shield", "standard contractual clauses", "binding corporate rules"}

// mechanismParties reports names es each in a sentence of text (the
// changed sentences) that says which parties a transfer mechanism binds,
// and shares nothing with anyone: "Wix and its covered entities
// DeviantArt, Inc., InkFrog, Inc … complies with Data Privacy Framework …
// regarding personal information transferred from the European Union …
// to the United States". A company added there is one more that
// transfers under the framework, not a recipient, nor a kind of data for
// the "collection" the framework covers. A sentence that shares with the
// party ("we share your data with Stripe, which is certified under the
// Data Privacy Framework") names a recipient, and a row of a table lists
// one, whatever mechanism its cells name.
func (c *classifier) mechanismParties(text string, es []string) bool {
	if strings.Contains(text, "|") || len(es) == 0 {
		return false
	}
	for _, e := range es {
		bound := false
		for _, s := range companySentences(text) {
			if !strings.Contains(s, e) {
				continue
			}
			ws := c.ix.fold(s)
			joined := " " + strings.Join(ws, " ") + " "
			for _, m := range transferMechanisms {
				if strings.Contains(joined, " "+m) && !c.names("recipients", ws) {
					bound = true
				}
			}
		}
		if !bound {
			return false
		}
	}
	return true
}

// companyFormEnds are the abbreviated legal forms a sentence does not end
// at: "Kelmar Studio, Inc. and Orbis Labs, Inc., which are certified …".
var companyFormEnds = []string{"Inc.", "Ltd.", "Corp.", "Co.", "LLC.", "N.V.", "B.V.", "S.A.", "plc.", "GmbH."}

// companySentences is sentences(text), with a sentence cut after a
// company's legal form joined to the next.
func companySentences(text string) []string {
	var out []string
	for _, s := range sentences(text) {
		if n := len(out); n > 0 && slices.ContainsFunc(companyFormEnds, func(f string) bool { return strings.HasSuffix(strings.TrimSpace(out[n-1]), f) }) {
			out[n-1] += " " + s
			continue
		}
		out = append(out, s)
	}
	return out
}
