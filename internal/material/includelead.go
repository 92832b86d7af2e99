package material

import (
	"strings"
)

// includeLeadRE is the lead-in of a list below that gives the list as some
// of what the sentence before it names: a sentence of its own ("These
// include:", "These measures include the following:"), a relative clause
// ("…, which include:") or a phrase ("…, including the following:",
// "…, including but not limited to:"), ending the text with its colon.
var includeLeadRE = mustPattern(`(?i)(?:[.;]\s+(?:these|they|those|such)(?:\s+[a-z]+){0,2}\s+include|,?\s+(?:which|that)\s+include|,\s+including(?:,?\s+but\s+not\s+limited\s+to,?)?)(?:\s+the\s+following)?\s*:\s*$`)

// includeLead writes the lead-in of a list that ends m, if it gives the
// list as some of what the sentence names, as ", including:": "… the
// platform. These include:" and "… our platform, including the
// following:" lead into the same list. A lead-in that makes the list the
// whole ("These are:", "limited to the following:") is left as written.
func includeLead(m string) string {
	if !strings.HasSuffix(strings.TrimSpace(m), ":") || !strings.Contains(m, "nclud") {
		return m
	}
	return includeLeadRE.ReplaceAllString(m, ", including:")
}
