package material

import (
	"slices"
	"strings"
)

// A lawyer's redraft cites the provision each sentence relies on: "the
// right to erasure (Article 17)", "Consent (Article 6(1)(a) UK GDPR)",
// "the Children's Online Privacy Protection Act, 15 U.S.C. §6501 et seq.",
// "the General Data Protection Regulation (EU) 2016/679", "CCPA
// §1798.140(ag)". A citation names where in the law a rule stands: its
// numbers are no period, age or count, and the "(EU)" of a regulation's
// number is no place (batch 86 read them "a number without a unit
// changed", "Age thresholds: a number added", "New transfer destination:
// EU"). Where one side cites what the other does not, and cites nothing
// the other cites differently, the citations are set aside on both sides
// and the rest is judged alone: the sentence reworded beside them is
// judged as any rewording is, and its reason quotes the words, not the
// citations. A citation of a ground of Article 6(1) or 9(2) is a legal
// basis (lawcite.go): it is set aside only where its side names that
// ground in words ("Consent (Article 6(1)(a))"). pinpointsAdded reads the
// simpler case of an article cited and nothing else changed.

// citationRE finds a citation of a provision of a law.
var citationRE = mustPattern(`(?i)` +
	// a pinpoint: Article 6(1)(a), Arts. 15 and 16, Recital 47, Section 119A of,
	// Article 6(1)(a) or (f)
	`\b(?:articles?|arts?\.|recitals?|sections?|ss?\.)\s*\d+[a-z]?(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*(?:\s*(?:,|and|or|to|-|–)\s*(?:\d+[a-z]?)?(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)*(?:\s+of\b)?` +
	// a part of an act: Chapter V of, Title 11 of
	`|\b(?:chapters?|titles?)\s+(?:[IVXL]+|\d+)\b(?:\s+of\b)?` +
	// a section sign: §1798.100, §§ 1798.100–199, § 26(1) et seq.
	`|§+\s*\d+(?:\.\d+)*[a-z]?(?:\s*\(\s*[0-9a-z]{1,4}\s*\))*(?:\s*[-–]\s*\d+(?:\.\d+)*)?(?:\s+et\s+seq\b\.?)?` +
	// a title of a code: 15 U.S.C., 16 C.F.R. Part 312
	`|\b\d+\s+(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R)\b\.?(?:\s+part\s+\d+)?` +
	// a European act's number: (EU) 2016/679, Directive 2002/58/EC
	`|\(\s*(?:EU|EC|EEC)\s*\)\s*(?:No\.?\s*)?\d{2,4}/\d+(?:/(?:EU|EC|EEC))?|\b(?:19|20)\d\d/\d+/(?:EU|EC|EEC)\b` +
	// the year of an act: the Data Protection Act 2018, … Act of 2020
	`|\bAct\s+(?:of\s+)?(?:19|20)\d\d\b` +
	// "et seq." left after a code's section
	`|\bet\s+seq\b\.?`)

// citationsSetAside returns old and new without the citations one of them
// makes that the other does not, and those citations; "" where neither
// side cites anything the other does not, where each does (a citation
// traded is judged as written), or where a ground of a legal basis is
// cited that its side does not name.
func (c *classifier) citationsSetAside(old, new string) (cites, o, n string) {
	if !citationHint(old) && !citationHint(new) {
		return "", old, new
	}
	co, wo := citationKeys(old)
	cn, wn := citationKeys(new)
	extraO, extraN := without(co, wo, cn), without(cn, wn, co)
	if len(extraO) == 0 && len(extraN) == 0 || len(extraO) > 0 && len(extraN) > 0 {
		return "", old, new
	}
	o, n = stripCitations(old), stripCitations(new)
	for _, side := range [...][2]string{{old, o}, {new, n}} {
		for _, g := range basisCites(side[0]) {
			name := basisNames[g[len(g)-2:len(g)-1]]
			if g[0] != '6' || name == "" || !strings.Contains(strings.ToLower(side[1]), strings.Fields(name)[0]) {
				return "", old, new
			}
		}
	}
	return "'" + strings.Join(append(extraO, extraN...), "', '") + "'", o, n
}

// citationHint reports a text that may cite a provision. No allocation.
func citationHint(s string) bool {
	return citeHint(s) || strings.Contains(s, "§") || strings.Contains(s, "Section") || strings.Contains(s, "section") || strings.Contains(s, "U.S.C") ||
		strings.Contains(s, "(EU)") || strings.Contains(s, "/EU") || strings.Contains(s, "/EC") || strings.Contains(s, "Act ") || strings.Contains(s, "et seq") ||
		strings.Contains(s, "Chapter ") || strings.Contains(s, "Title ")
}

// citationKeys returns the citations of s, each with its spaces and case
// folded away, in order, and each as written.
func citationKeys(s string) (keys, written []string) {
	for _, m := range citationRE.FindAllString(s, -1) {
		k := strings.ToLower(strings.Join(strings.Fields(m), ""))
		k = strings.TrimSuffix(k, "of")
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
			written = append(written, strings.TrimSuffix(strings.TrimSpace(m), " of"))
		}
	}
	return keys, written
}

// without returns, as written, the keys of a that b does not hold.
func without(a, written, b []string) []string {
	var out []string
	for i, k := range a {
		if !slices.Contains(b, k) {
			out = append(out, written[i])
		}
	}
	return out
}

// stripCitations returns s without its citations: a bracket that only
// cites ("(Article 17)", "(Article 15 UK GDPR)") goes whole, any other
// citation leaves a space.
func stripCitations(s string) string {
	s = citationBracketRE.ReplaceAllStringFunc(s, func(b string) string {
		inner := strings.TrimSpace(b)
		inner = inner[1 : len(inner)-1]
		rest := citationRE.ReplaceAllString(inner, " ")
		if rest == inner || strings.ContainsAny(rest, "0123456789") || len(strings.Fields(rest)) > 3 {
			return b // more than a citation and a law's name
		}
		return ""
	})
	s = citationRE.ReplaceAllStringFunc(s, func(m string) string {
		if len(m) > 3 && strings.EqualFold(m[:3], "act") {
			return m[:3] // "the Data Protection Act 2018": the act stays named
		}
		return " "
	})
	if strings.Contains(s, "Code") {
		s = codeCiteRE.ReplaceAllString(s, " ") // "Cal. Civ. Code"
	}
	return strings.Join(strings.Fields(s), " ")
}

// citationBracketRE is a bracket, with the space before it, that holds
// brackets of its own at most one deep: "(Article 6(1)(a) UK GDPR)".
var citationBracketRE = mustPattern(`\s*\((?:[^()]|\([^()]*\))*\)`)
