package material

import (
	"slices"
	"strings"
)

// pinpointRE is a pinpoint citation of an article of a law: "Article 6
// of", "Art. 46(2)(c)", "Recital 47". It names where in the law a rule
// stands, not a quantity of anything. "Section 5.2" may be a section of
// the policy itself (a pointer, other rules') as well as of a statute:
// left.
var pinpointRE = mustPattern(`(?i)\b(?:article|art\.|recital)\s*\d+[a-z]?(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*(?:\s+of\b)?\s*`)

// anyCiteRE finds any citation of a provision, in any of its forms
// ("Arts. 17 and 18", "§ 26", "Section 5"): a side that has one is not
// read as citing none.
var anyCiteRE = mustPattern(`(?i)\b(?:arts?\.?|articles?|recitals?|sections?|secs?\.)\s*\d|§`)

// citationAdded returns the side that cites no article (plain), the side
// that cites one where plain cites none (cited), and cited with its
// pinpoint citations left out (stripped); ok is false for texts where
// neither or both cite, where cited names a ground of Article 6(1) or
// 9(2) (a legal basis, lawcite.go), or where nothing is left out. It is
// what pinpointsAdded and lawClauseAdded (lawclause.go) both start from.
func citationAdded(old, new string) (plain, cited, stripped string, ok bool) {
	if !citeHint(old) && !citeHint(new) {
		return "", "", "", false // most texts: no expression is run
	}
	ao, an := anyCiteRE.MatchString(old), anyCiteRE.MatchString(new)
	if ao == an {
		return "", "", "", false
	}
	plain, cited = old, new
	if ao {
		plain, cited = new, old
	}
	if len(basisCites(cited)) > 0 {
		return "", "", "", false
	}
	stripped = pinpointRE.ReplaceAllString(cited, " ")
	return plain, cited, stripped, stripped != cited
}

// pinpointsAdded reports old and new that say the same once the pinpoint
// citations one of them adds, where the other cites none, are left out:
// "under GDPR" → "under Article 6 of the GDPR" (b69-22) points to the
// provision the sentence already relies on; its number is no period,
// amount or age. Only a change that is nothing else is judged so: a
// reason quoting a change that is more must quote it as written. A
// citation of a ground of Article 6(1) or 9(2) names a legal basis and
// stays (lawcite.go), as do citations both sides give ("Article 6(1)(a)"
// → "Article 6(1)(f)").
func (c *classifier) pinpointsAdded(old, new string) bool {
	plain, _, stripped, ok := citationAdded(old, new)
	if !ok {
		return false
	}
	r, a := diffWords(c.ix.fold(stripNumbering(plain)), c.ix.fold(stripNumbering(stripped)))
	grammar := func(w string) bool { return c.ix.grammar[w] }
	return !slices.ContainsFunc(r, func(w string) bool { return !grammar(w) }) && !slices.ContainsFunc(a, func(w string) bool { return !grammar(w) }) // "under GDPR" → "under the GDPR"
}

// citeHint reports a text that may cite an article or recital: "Article",
// "article", "Art.", "ART", "Recital". No allocation.
func citeHint(s string) bool {
	return strings.Contains(s, "rticle") || strings.Contains(s, "RTICLE") || strings.Contains(s, "Art") ||
		strings.Contains(s, "ART") || strings.Contains(s, "ecital") || strings.Contains(s, "ECITAL")
}
