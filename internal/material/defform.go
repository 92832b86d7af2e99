package material

import (
	"strings"
)

// appositiveDefRE is a definition put after a comma: ", that is, the
// advertising ID …," or ", i.e. the advertising ID …", up to the next
// comma or the sentence's end.
var appositiveDefRE = mustPattern(`(?i),\s*(?:that is,|i\.\s?e\.,?)\s+([^,;.()]+?)\s*(,|[.;]|$)`)

// bracketDefRE is "(that is, …)" or "(i.e., …)": a definition in
// brackets, said with "that is" or a comma after "i.e.".
var bracketDefRE = mustPattern(`(?i)\(\s*(?:that is,?|i\.\s?e\.,?)\s+([^()]+)\)`)

// definitionsAsBrackets writes a definition given by "that is" or "i.e."
// in brackets, one way: "your device identifier, that is, the advertising
// ID …, to measure" is "your device identifier (i.e. the advertising ID
// …) to measure" (b13-34). The words of the definition are kept; only how
// it is set off changes.
func definitionsAsBrackets(m string) string {
	if !containsFold(m, "that is") && !containsFold(m, "i.e") && !containsFold(m, "i. e") {
		return m
	}
	m = bracketDefRE.ReplaceAllString(m, "(i.e. $1)")
	return appositiveDefRE.ReplaceAllStringFunc(m, func(s string) string {
		g := appositiveDefRE.FindStringSubmatch(s)
		end := g[2]
		if end == "," {
			end = ""
		}
		return " (i.e. " + g[1] + ")" + end
	})
}

// defSentenceRE is a sentence that only says what a term is: "A content
// delivery network is a group of servers that deliver web pages faster."
var defSentenceRE = mustPattern(`^(?:An?|The)\s+([^.;:()]{3,60}?)\s+(?:is|are|means)\s+([^.;:()]+)[.;]?$`)

// definitionsInBrackets writes a sentence of m that only defines a term
// ("A content delivery network is a group of servers that …") as the
// definition in brackets after the term, where the other text gives that
// definition there ("a content delivery network (a group of servers that
// …)"): the same definition, said in its own sentence (b13-46). m is
// returned as written when the other text gives no such definition.
func definitionsInBrackets(m, other string) string {
	if !strings.Contains(other, "(") || !strings.Contains(m, " is ") && !strings.Contains(m, " are ") && !strings.Contains(m, " means ") {
		return m
	}
	for _, s := range sentences(m) {
		g := defSentenceRE.FindStringSubmatch(s)
		if g == nil {
			continue
		}
		term, def := g[1], strings.TrimSpace(g[2])
		bracket := term + " (" + def + ")"
		if !strings.Contains(strings.ToLower(other), strings.ToLower(bracket)) {
			continue
		}
		rest := strings.TrimSpace(strings.Replace(m, s, "", 1))
		lr := strings.ToLower(rest)
		i := strings.Index(lr, strings.ToLower(term))
		if i < 0 || len(lr) != len(rest) {
			continue
		}
		return rest[:i+len(term)] + " (" + def + ")" + rest[i+len(term):]
	}
	return m
}
