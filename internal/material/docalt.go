package material

import (
	"strings"
)

// docAltRE is a document's name given with another name of the same kind
// beside it: "privacy policies / notices", "privacy policy or statement".
var docAltRE = mustPattern(`(?i)\b(polic(?:y|ies)|notices?|statements?)(\s*/\s*|\s+or\s+|\s+and/or\s+)(polic(?:y|ies)|notices?|statements?)\b`)

// docWordRE finds each name docAltRE takes, written as a word.
var docWordRE = func() map[string]*pattern {
	m := map[string]*pattern{}
	for _, w := range []string{"policy", "policies", "notice", "notices", "statement", "statements"} {
		m[w] = mustPattern(`\b` + w + `\b`)
	}
	return m
}()

// docAlternatives drops the second of two names of a document of one kind
// joined by "/" or "or" ("privacy policies / notices"), in a text whose
// other side names it by one of them: a policy, a notice and a statement
// of privacy are one kind of document, whatever a company calls its own
// (b17-18). The name kept is the one the other side uses. A name of
// another kind ("privacy policies / terms"), or a singular beside a
// plural ("this policy or notices we send"), is kept.
func docAlternatives(mOld, mNew string) (string, string) {
	drop := func(m, other string) string {
		if !strings.Contains(m, "/") && !strings.Contains(m, " or ") {
			return m
		}
		lo := strings.ToLower(other)
		return docAltRE.ReplaceAllStringFunc(m, func(s string) string {
			g := docAltRE.FindStringSubmatch(s)
			a, b := strings.ToLower(g[1]), strings.ToLower(g[3])
			if stem(a) == stem(b) || docPlural(a) != docPlural(b) {
				return s
			}
			has := func(w string) bool { return docWordRE[w].MatchString(lo) }
			switch {
			case has(a) && !docAltRE.MatchString(other):
				return g[1]
			case has(b) && !docAltRE.MatchString(other):
				return g[3]
			}
			return s
		})
	}
	// The pattern needs a "/" or an "or" and a name of a document: most
	// texts have neither, and are passed by without it.
	maybe := func(m string) bool {
		return (strings.Contains(m, "/") || strings.Contains(m, " or ")) &&
			(containsFold(m, "polic") || containsFold(m, "notice") || containsFold(m, "statement"))
	}
	if !maybe(mOld) && !maybe(mNew) || !docAltRE.MatchString(mOld) && !docAltRE.MatchString(mNew) {
		return mOld, mNew
	}
	return drop(mOld, mNew), drop(mNew, mOld)
}

// docPlural reports a plural of policy, notice or statement.
func docPlural(w string) bool { return strings.HasSuffix(w, "s") }
