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

// standardTraded reports a condition that measured a commitment by a
// standard traded for a condition of another kind, or the other way, in
// the same place after the same subordinator: "opt out of AI processing
// where technically feasible" → "where your plan includes human support"
// (b404-25, a miss read "Same commitments, reworded") holds the right no
// longer to what can be done but to what the reader's plan includes.
// so and sn are standards(old) and standards(new), which the caller has
// read already (standardChanged); kinds are the standard's, cond the
// other condition's words. A condition that says the standard again in other words ("where
// the law permits" for "where permitted", "where that is technically
// possible") names one of its words (standardWord) and is the same
// condition.
func standardTraded(old, new string, so, sn []string) (kinds []string, cond string, ok bool) {
	if c := standardGone(old, new, so, sn); c != "" {
		return so, c, true
	}
	if c := standardGone(new, old, sn, so); c != "" {
		return sn, c, true
	}
	return nil, "", false
}

// standardGone is standardTraded one way: a's one standard (ka), b's
// condition of another kind in its place (b states none: kb).
func standardGone(a, b string, ka, kb []string) (cond string) {
	if len(ka) != 1 || len(kb) > 0 {
		return ""
	}
	loc := standardRE.FindStringIndex(a)
	if loc == nil {
		return ""
	}
	sub, _, _ := strings.Cut(a[loc[0]:loc[1]], " ")
	for _, long := range []string{"to the extent", "as far as"} {
		if len(a)-loc[0] >= len(long) && strings.EqualFold(a[loc[0]:loc[0]+len(long)], long) {
			sub = a[loc[0] : loc[0]+len(long)]
		}
	}
	head, tail := a[:loc[0]]+sub+" ", a[loc[1]:]
	if len(b) < len(head)+len(tail) || !strings.EqualFold(b[:len(head)], head) || !strings.EqualFold(b[len(b)-len(tail):], tail) {
		return ""
	}
	cond = strings.TrimSpace(b[len(head) : len(b)-len(tail)])
	ws := lowerWords(cond)
	if len(ws) < 2 || slices.ContainsFunc(ws, standardWord) {
		return "" // "where the law permits", "where that is technically possible"
	}
	return cond
}

// standardWord reports a word that names a standard of any kind, or what
// the law allows or requires, or that the case is one the commitment is
// about.
func standardWord(w string) bool {
	if standardKind[w] != "" {
		return true
	}
	switch w {
	case "apply", "applies", "applied", "applicable", "case", "cases", "law", "laws", "lawful", "lawfully":
		return true
	}
	for _, p := range []string{"legal", "permi", "allow", "requir", "possib", "feasib", "practic", "reasonab", "appropriat", "necessar", "relevan", "proportion", "justif", "suitab", "sensib", "desirab", "convenien", "viab"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
