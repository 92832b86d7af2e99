package material

import (
	"slices"
	"strings"
)

// standardRE finds a condition that measures a commitment by a standard:
// "where technically feasible", "if commercially reasonable", "to the
// extent it is legally possible". Group 1 is the adverb naming the kind
// of standard, group 2 the adjective.
var standardRE = mustPattern(`(?i)\b(?:where|wherever|if|when|whenever|as far as|to the extent)\s+(?:it\s+is\s+|this\s+is\s+)?(?:(technically|practically|operationally|commercially|economically|financially|reasonably|legally)\s+)?(feasible|possible|practicable|practical|viable|reasonable|proportionate|justified|appropriate|permissible|permitted|allowed|applicable|relevant|suitable|useful|helpful|sensible|desirable|convenient)\b`)

// standards returns the kinds of standard the conditions of s measure a
// commitment by: what can be done ("technically feasible", "possible"),
// what the company judges worth its cost ("commercially reasonable",
// "proportionate") or what the law allows ("legally permissible").
func standards(s string) []string {
	if !containsFold(s, "where") && !containsFold(s, "if") && !containsFold(s, "when") && !containsFold(s, "extent") && !containsFold(s, "as far") {
		return nil
	}
	var out []string
	for _, loc := range standardRE.FindAllStringSubmatchIndex(s, -1) {
		adverb, adjective := "", strings.ToLower(s[loc[4]:loc[5]])
		if loc[2] >= 0 {
			adverb = strings.ToLower(s[loc[2]:loc[3]])
		}
		if (adjective == "applicable" || adjective == "relevant") && nounAfter(s[loc[1]:]) {
			continue // "where applicable law requires": a condition of the law's
		}
		k := standardKind[adverb]
		if k == "" {
			k = standardKind[adjective]
		}
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

var standardKind = map[string]string{
	"technically": "what can be done", "practically": "what can be done", "operationally": "what can be done",
	"feasible": "what can be done", "possible": "what can be done", "practicable": "what can be done", "practical": "what can be done", "viable": "what can be done",
	"commercially": "what we judge worth it", "economically": "what we judge worth it", "financially": "what we judge worth it", "reasonably": "what we judge worth it",
	"reasonable": "what we judge worth it", "proportionate": "what we judge worth it", "justified": "what we judge worth it", "appropriate": "what we judge worth it",
	"suitable": "what we judge worth it", "useful": "what we judge worth it", "helpful": "what we judge worth it", "sensible": "what we judge worth it",
	"desirable": "what we judge worth it", "convenient": "what we judge worth it",
	"legally": "what the law allows", "permissible": "what the law allows", "permitted": "what the law allows", "allowed": "what the law allows",
	// "where applicable", "where relevant": wherever the case is one the
	// commitment is about, with no judgement of the company's (b239-50:
	// "will assist clients … where applicable" → "where commercially
	// practical")
	"applicable": "whether it applies", "relevant": "whether it applies",
}

// nounAfter reports rest opening with a word, the noun an adjective
// before it qualifies: " law requires", not ", we will" or ".".
func nounAfter(rest string) bool {
	return len(rest) > 1 && rest[0] == ' ' && isLetterByte(rest[1])
}

// standardChanged reports the standard a condition measures a commitment
// by, traded for another kind: "opt out where technically feasible" →
// "where commercially reasonable" no longer holds whenever it can be
// done, only when the company judges it worth the cost. Old and new must
// each state one; a condition added or dropped is another rule's.
func standardChanged(old, new string) (o, n []string, changed bool) {
	o, n = standards(old), standards(new)
	return o, n, len(o) > 0 && len(n) > 0 && !slices.Equal(o, n)
}
