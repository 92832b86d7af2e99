package material

import "strings"

// A clause saying which ones a noun names may be written with a verb or
// with the adjective made of it: "the standard contractual clauses
// applicable in the United Kingdom" → "… clauses that apply in the United
// Kingdom" (b45-31) names the same clauses, as "the data usable for
// research" and "the data that can be used for research" do. Such a
// clause is reworded, not added: relativeClauseChanged reads the verb as
// said by the other side.

// adjectiveOf reports whether adj is the "-able" or "-ible" adjective of
// the verb: "applicable" of "apply", "usable" of "use", "reliable" of
// "rely".
func adjectiveOf(adj, verb string) bool {
	if len(verb) < 3 || !strings.HasSuffix(adj, "able") && !strings.HasSuffix(adj, "ible") {
		return false
	}
	stem := strings.TrimRight(verb, "ey")
	if len(stem) < 2 || !strings.HasPrefix(adj, stem) {
		return false
	}
	switch rest := adj[len(stem):]; rest {
	case "able", "ible", "iable", "icable", "eable":
		return true
	}
	return false
}
