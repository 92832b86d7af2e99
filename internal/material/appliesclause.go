package material

import (
	"strings"
)

// "applicable law" and "the law that applies" are one law: the adjective
// says what the bare relative clause says (b76-39, "a higher age
// threshold where applicable law requires" → "a higher age where the law
// that applies requires it"). A clause with a complement says more than
// the adjective: "the law that applies to you", "the laws that apply in
// California" name whose law, or where, and are compared as written; so
// is "where the law requires" beside "where we choose", which is another
// condition.
var appliesRE = mustPattern(`(?i)\b(the\s+)?([a-z]+)\s+(?:that|which)\s+appl(?:y|ies)\b(\s+[a-z]+)?`)

// appliesComplement are the words after "that applies" that give it a
// complement: to whom, where, when or how far it applies.
var appliesComplement = map[string]bool{"to": true, "in": true, "within": true, "at": true, "for": true, "under": true, "on": true,
	"only": true, "where": true, "when": true, "if": true, "there": true, "here": true, "locally": true, "outside": true, "across": true,
	"throughout": true, "by": true, "from": true, "between": true, "generally": true, "specifically": true}

// appliesAsApplicable returns s with each "the X that applies" written
// "applicable X", where other writes "applicable X" and s does not.
func appliesAsApplicable(s, other string) string {
	if !containsFold(other, "applicable") || !containsFold(s, "that appl") && !containsFold(s, "which appl") {
		return s // the expression is run only where "that applies" may be
	}
	return appliesRE.ReplaceAllStringFunc(s, func(m string) string {
		g := appliesRE.FindStringSubmatch(m)
		noun, next := g[2], strings.TrimSpace(g[3])
		if appliesComplement[strings.ToLower(next)] || !containsFold(other, "applicable "+noun) || containsFold(s, "applicable "+noun) {
			return m
		}
		out := "applicable " + noun
		if next != "" {
			out += g[3]
		}
		return out
	})
}
